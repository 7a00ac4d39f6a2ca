import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { renderBody } from '../../src/article/blocks.js';
import type { Block } from '../../src/model/article.js';
import { sanitizeHtml } from '../../src/internal/sanitize.js';
import { forEachSanitizerPath } from '../sanitizer-paths.js';

/** The body rendered into a detached element, as the article renders it. */
const body = (blocks: Block[]) => {
  const host = document.createElement('div');
  render(renderBody(blocks, { adLabel: 'Advertisement' }), host);
  return host;
};

/** The element a paragraph block renders as. */
const paragraph = (html: string) => body([{ type: 'paragraph', html }]).firstElementChild!;

/** The body's outline: each heading as `h2 Title`, in document order. */
const outline = (blocks: Block[]) =>
  [...body(blocks).querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (heading) => `${heading.localName} ${heading.textContent}`,
  );

// Any character, with the ones HTML parsing treats specially coming up often.
const textUnit = fc.oneof(
  fc.constantFrom('\t', '\n', '\r', '\f', '\v', '\0', ' ', '>', '"', '\u00a0'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

forEachSanitizerPath(() =>
  describe('renderBody', () => {
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

    describe('when a block’s HTML holds blocks of its own', () => {
      // As HTML, `<p><div>` is two paragraphs and a div: a server-rendered page would not be the DOM
      // the client renders, and could not be taken over.
      it('renders a paragraph that holds blocks as a div around them, and one that does not as a p', () => {
        const split = paragraph('<p>Six.</p><p>Nine.</p>');
        expect(split.localName).to.equal('div');
        expect([...split.children].map((child) => `${child.localName} ${child.textContent}`)).to.deep.equal([
          'p Six.',
          'p Nine.',
        ]);
        expect(paragraph('Tide <em>tables</em>').localName).to.equal('p');
      });

      it('drops the li tags a list item brings, and keeps those of a list nested in it', () => {
        const list = body([
          { type: 'list', ordered: false, items: ['<li>Tickets</li>', 'Piers<ul><li>North</li></ul>'] },
        ]);
        const items = [...list.querySelectorAll('ul > li')].map((li) =>
          li.innerHTML.replace(/<!--.*?-->/g, ''),
        );
        expect(items).to.deep.equal(['Tickets', 'Piers<ul><li>North</li></ul>', 'North']);
      });
    });

    describe('headings', () => {
      it('moves a body that uses h1 down one level, keeping every heading and its rank', () => {
        const html =
          '<h1>Morning</h1><p>Up early.</p><h2>Coffee</h2><h3>Beans</h3><h1>Evening</h1><h2>Tea</h2><h3>Green</h3><h4>Steeping</h4>';
        expect(outline([{ type: 'html', html }])).to.deep.equal([
          'h2 Morning',
          'h3 Coffee',
          'h4 Beans',
          'h2 Evening',
          'h3 Tea',
          'h4 Green',
          'h5 Steeping',
        ]);
      });

      it('keeps the order across blocks: heading blocks move with the HTML’s headings', () => {
        expect(
          outline([
            { type: 'heading', text: 'Overview', level: 2 },
            { type: 'html', html: '<h1>Part one</h1><h2>Details</h2>' },
            { type: 'heading', text: 'Aside', level: 4 },
            { type: 'paragraph', html: 'Text with no heading.' },
            { type: 'list', ordered: false, items: ['<h1>Listed</h1>', 'plain'] },
          ]),
        ).to.deep.equal(['h3 Overview', 'h2 Part one', 'h3 Details', 'h5 Aside', 'h2 Listed']);
      });

      it('stops at h6', () => {
        expect(outline([{ type: 'html', html: '<h1>Top</h1><h5>Deep</h5><h6>Deepest</h6>' }])).to.deep.equal([
          'h2 Top',
          'h6 Deep',
          'h6 Deepest',
        ]);
      });

      it('leaves a body without h1 as it is, and never moves headings up', () => {
        const blocks: Block[] = [
          { type: 'html', html: '<h3>Third</h3><h4>Fourth</h4>' },
          { type: 'heading', text: 'Block', level: 3 },
        ];
        expect(outline(blocks)).to.deep.equal(['h3 Third', 'h4 Fourth', 'h3 Block']);
      });

      it('keeps a moved heading’s attributes and inline markup', () => {
        const heading = body([
          { type: 'html', html: '<h1 title="Début" lang="fr">Le <em>début</em></h1>' },
        ]).querySelector('h2')!;
        expect([heading.title, heading.lang, heading.querySelector('em')?.textContent]).to.deep.equal([
          'Début',
          'fr',
          'début',
        ]);
      });
    });
  }),
);
