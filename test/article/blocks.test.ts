import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { renderBlock } from '../../src/article/blocks.js';
import { sanitizeHtml } from '../../src/internal/sanitize.js';

const paragraph = (html: string) => {
  const host = document.createElement('div');
  render(renderBlock({ type: 'paragraph', html }, { adLabel: 'Advertisement' }), host);
  return host.querySelector('p')!;
};

// Any character, with the ones HTML parsing treats specially coming up often.
const textUnit = fc.oneof(
  fc.constantFrom('\t', '\n', '\r', '\f', '\v', '\0', ' ', '>', '"', '\u00a0'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

describe('renderBlock', () => {
  describe('when a paragraph’s HTML is plain text', () => {
    it('shows exactly the text the sanitizer would make of it', () => {
      fc.assert(
        fc.property(fc.string({ unit: textUnit }), (text) => {
          expect(paragraph(text).textContent).to.equal(sanitizeHtml(text).textContent);
        }),
        { numRuns: 500 },
      );
    });

    it('still parses markup and character references', () => {
      const p = paragraph('Fish &amp; chips, <em>hot</em>');
      expect(p.textContent).to.equal('Fish & chips, hot');
      expect(p.querySelector('em')!.textContent).to.equal('hot');
    });
  });
});
