import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import fc from 'fast-check';
import { htmlToText, needsParsing, sanitizeHtml } from '../../src/internal/sanitize.js';
import { forEachSanitizerPath } from '../sanitizer-paths.js';

/** The sanitized nodes as HTML, to compare with what went in. */
const serialize = (fragment: DocumentFragment) => {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
};

forEachSanitizerPath(() =>
  describe('the sanitizer', () => {
    it('removes scripts and event handlers', () => {
      const tree = sanitizeHtml(
        '<p onclick="alert(1)">Hi<script>alert(2)</script><img src=x onerror=alert(3)></p>',
      );
      expect(tree.querySelector('script')).to.equal(null);
      expect(tree.querySelector('[onclick], [onerror]')).to.equal(null);
      expect(tree.textContent).to.equal('Hi');
    });

    it('keeps the formatting articles use', () => {
      const source = '<em>a</em> <strong>b</strong> <code>c</code> <sup>1</sup> <sub>2</sub>';
      expect(serialize(sanitizeHtml(source))).to.equal(source);
    });

    it('returns nodes owned by no live document, so nothing in them loads or runs before they are inserted', () => {
      const tree = sanitizeHtml('<p>x</p>');
      expect(tree).to.be.instanceOf(DocumentFragment);
      expect(tree.ownerDocument).not.to.equal(document);
    });

    it('drops links the URL guard refuses and resolves relative ones against the base', () => {
      const tree = sanitizeHtml(
        '<a href="javascript:alert(1)">x</a><a href="/people">y</a>',
        'https://news.example/a/1',
      );
      const [bad, good] = tree.querySelectorAll('a');
      expect(bad.hasAttribute('href')).to.equal(false);
      expect(good.getAttribute('href')).to.equal('https://news.example/people');
    });

    it('opens links that leave the page without an opener or referrer', () => {
      const link = sanitizeHtml('<a href="https://elsewhere.example/">x</a>').querySelector('a')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('keeps mailto links on the page', () => {
      const link = sanitizeHtml('<a href="mailto:desk@news.example">x</a>').querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('mailto:desk@news.example');
      expect(link.hasAttribute('target')).to.equal(false);
    });

    it('removes images without a safe source and lazy-loads the rest', () => {
      const tree = sanitizeHtml(
        '<img src="javascript:x" alt="a"><img src="https://i.example/b.png" alt="b">',
      );
      const images = tree.querySelectorAll('img');
      expect(images.length).to.equal(1);
      expect(images[0].getAttribute('loading')).to.equal('lazy');
    });

    it('removes forms, frames, styles and other active content', () => {
      const tree = sanitizeHtml(
        '<form action="https://x.example"><button formaction="javascript:1">b</button></form><iframe srcdoc="x"></iframe><style>*{}</style><base href="//x"><meta http-equiv="refresh"><object></object><embed>',
      );
      expect(tree.querySelector('form, button, iframe, style, base, meta, object, embed')).to.equal(null);
    });

    it('leaves the page’s own DOMPurify untouched', () => {
      const link = DOMPurify.sanitize('<a href="https://elsewhere.example/">x</a>', {
        RETURN_DOM_FRAGMENT: true,
      }).querySelector('a')!;
      expect(link.hasAttribute('target')).to.equal(false);
    });

    it('returns an empty fragment for HTML that leaves no body, such as a frameset', () => {
      const tree = sanitizeHtml('<frameset><frame src="javascript:alert(1)"></frameset>');
      expect(tree.childNodes).to.have.length(0);
      expect(htmlToText('<frameset></frameset>')).to.equal('');
    });

    it('reads HTML as plain text', () => {
      expect(htmlToText('Tom &amp; <em>Jerry</em>&#8217;s   <script>x</script>day')).to.equal(
        'Tom & Jerry’s day',
      );
    });

    it('reads text with nothing to parse without parsing it, and the same as parsed', () => {
      expect(needsParsing('Night trains > buses, “again”\tand\nagain')).to.equal(false);
      for (const source of ['a<b', 'AT&amp;T', 'a\0b', 'a\rb', 'a\vb'])
        expect(needsParsing(source)).to.equal(true);
      expect(htmlToText('  Night   trains\n return ')).to.equal('Night trains return');
      const parsed = (source: string) => (sanitizeHtml(source).textContent ?? '').replace(/\s+/g, ' ').trim();
      const unit = fc.oneof(
        fc.constantFrom('\t', '\n', '\r', '\f', '\v', '\0', ' ', '<', '>', '&', '"', '\u00a0', 'a'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      );
      fc.assert(fc.property(fc.string({ unit }), (source) => htmlToText(source) === parsed(source)));
    });
  }),
);
