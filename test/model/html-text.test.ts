import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/internal/sanitize.js';
import { decodeReferences, stripTags } from '../../src/model/html-text.js';
import { normalizeArticle } from '../../src/model/normalize.js';
import { forEachSanitizerPath } from '../sanitizer-paths.js';
import { formatFixtures, loadFixture } from '../fixtures/formats/index.js';

forEachSanitizerPath(() =>
  describe('HTML as text without a DOM (the model in plain Node)', () => {
    it('decodes numeric and common named references, once', () => {
      expect(decodeReferences('&#8216;Jokes&#8217; &#x2014; AT&amp;T &hellip; &amp;lt;')).to.equal(
        '‘Jokes’ — AT&T … &lt;',
      );
    });

    it('turns references into text, never into markup', () => {
      expect(decodeReferences('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
      expect(stripTags('&lt;b&gt;bold&lt;/b&gt;')).to.equal('<b>bold</b>');
    });

    it('leaves unknown names, bare ampersands and references past Unicode readable', () => {
      expect(decodeReferences('&unknown; Q&A &#0; &#x110000;')).to.equal('&unknown; Q&A \ufffd \ufffd');
    });

    it('drops tags, comments and script or style contents, and joins the text on one line', () => {
      expect(
        stripTags(
          '<p>One <em>two</em></p>\n<!-- x --><script>alert(1)</script><style>p{}</style><p>three</p>',
        ),
      ).to.equal('One two three');
    });

    it('reads like the sanitizer for the text feeds and CMSs send', () => {
      for (const html of [
        'The &#8220;early boat&#8221; <em>returns</em>',
        'a &lt; b &amp;&amp; c',
        '<p>x</p>\n<p>y &nbsp;z</p>',
      ]) {
        expect(stripTags(html)).to.equal(htmlToText(html));
      }
    });

    for (const [format, files] of Object.entries(formatFixtures)) {
      for (const file of files) {
        it(`gives the same article as the sanitizer's reading for ${format}/${file}`, async () => {
          const json = await loadFixture(format as keyof typeof formatFixtures, file);
          const quiet = { onWarning() {} };
          expect(normalizeArticle(json, quiet)).to.deep.equal(
            normalizeArticle(json, { ...quiet, htmlToText }),
          );
        });
      }
    }
  }),
);
