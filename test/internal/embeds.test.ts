import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/internal/sanitize.js';
import { forEachSanitizerPath } from '../sanitizer-paths.js';

/** Body HTML as the sanitizer hands it to the page. */
const sanitized = (html: string) => {
  const box = document.createElement('div');
  box.append(sanitizeHtml(html));
  return box.innerHTML;
};

forEachSanitizerPath(() =>
  describe('the sanitizer, given embedded players and widgets', () => {
    it('replaces a video player with a link to its page, named by its title and site', () => {
      expect(
        sanitized(
          '<p>Watch:</p><iframe src="https://www.youtube-nocookie.com/embed/abc_123-X" title="The launch"></iframe>',
        ),
      ).to.equal(
        '<p>Watch:</p><p><a href="https://www.youtube.com/watch?v=abc_123-X" target="_blank" rel="noopener noreferrer">The launch</a> (youtube.com)</p>',
      );
    });

    it('links the bare URL of a WordPress embed whose oEmbed failed', () => {
      const url = 'https://twitter.com/lakeside_commute/status/1780000000000000001';
      expect(sanitized(`<figure><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>`)).to.equal(
        `<figure><div><p><a href="${url}" target="_blank" rel="noopener noreferrer">${url}</a></p></div></figure>`,
      );
    });

    it('leaves out a frame whose address the URL guard refuses', () => {
      expect(sanitized('<p>a</p><iframe src="javascript:alert(1)"></iframe>')).to.equal('<p>a</p>');
    });

    it('reads a frame inside SVG, which has no title property, without throwing', () => {
      expect(sanitized('<svg><iframe src="https://example.org/map" title="Map"></iframe></svg>')).to.contain(
        '<a href="https://example.org/map" target="_blank" rel="noopener noreferrer">Map</a>',
      );
    });
  }),
);
