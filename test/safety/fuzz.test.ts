import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/drop-in.js';
import { forEachSanitizerPath } from '../sanitizer-paths.js';
import { sanitizeHtml } from '../../src/internal/sanitize.js';
import { safeUrl } from '../../src/model/url.js';
import { catchPageErrors, hazards, settle, trapScripts } from './inspect.js';
import { safeHtml, urlVectors, vectors } from './vectors.js';

/** Text as hostile input brings it: random, a known vector, everyday markup, a URL, or nothing. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...vectors) },
  { weight: 1, arbitrary: fc.constantFrom(...safeHtml.map(([markup]) => markup)) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '/relative', '2026-03-04', 'en', 'ar') },
);

/** Mostly text, sometimes a value of any type at all. */
const value = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

const image = fc.oneof(
  text,
  fc.record(
    { src: value, alt: value, width: value, height: value, caption: value, credit: value },
    { requiredKeys: [] },
  ),
);

const block = fc.record(
  {
    type: fc.oneof(fc.constantFrom('paragraph', 'heading', 'image', 'quote', 'list', 'ad', 'html'), value),
    html: value,
    text: value,
    level: fc.oneof(fc.constantFrom(2, 3, 4), value),
    src: value,
    alt: value,
    caption: value,
    cite: value,
    ordered: fc.oneof(fc.boolean(), value),
    items: fc.oneof(fc.array(value, { maxLength: 4 }), value),
    id: value,
  },
  { requiredKeys: ['type'] },
);

const related = fc.record(
  { url: value, title: value, summary: value, category: value, published: value, image },
  { requiredKeys: [] },
);

/** A Folio Article, right or wrong in any field. */
const folioArticle = fc.record(
  {
    url: value,
    title: value,
    dek: value,
    category: fc.oneof(value, fc.record({ name: value, url: value }, { requiredKeys: [] })),
    published: value,
    updated: value,
    authors: fc.oneof(
      fc.array(fc.oneof(value, fc.record({ name: value, url: value }, { requiredKeys: [] })), {
        maxLength: 3,
      }),
      value,
    ),
    image,
    lang: value,
    tags: fc.oneof(fc.array(value, { maxLength: 3 }), value),
    body: fc.oneof(text, fc.array(block, { maxLength: 8 }), value),
    share: fc.oneof(
      value,
      fc.record(
        { networks: fc.oneof(fc.array(value, { maxLength: 3 }), value), text: value, hashtags: value },
        { requiredKeys: [] },
      ),
    ),
    related: fc.oneof(fc.array(related, { maxLength: 3 }), value),
  },
  { requiredKeys: ['title'] },
);

/** The other formats, with the fields their adapters read. */
const jsonFeedItem = fc.record(
  {
    id: value,
    url: value,
    external_url: value,
    title: value,
    summary: value,
    content_html: value,
    content_text: value,
    image: value,
    banner_image: value,
    date_published: value,
    authors: fc.array(fc.record({ name: value, url: value }), { maxLength: 2 }),
    tags: value,
    language: value,
  },
  { requiredKeys: ['content_html'] },
);
const jsonFeed = fc.record({
  version: fc.constant('https://jsonfeed.org/version/1.1'),
  home_page_url: value,
  items: fc.array(jsonFeedItem, { maxLength: 3 }),
});
const rendered = fc.oneof(fc.record({ rendered: value }), value);
const wordPress = fc.record(
  {
    title: fc.record({ rendered: value }),
    link: value,
    excerpt: rendered,
    content: rendered,
    date_gmt: value,
    lang: value,
    _embedded: fc.oneof(
      value,
      fc.record(
        {
          author: fc.array(fc.record({ name: value, link: value }), { maxLength: 2 }),
          'wp:featuredmedia': fc.array(fc.record({ source_url: value, alt_text: value, caption: rendered }), {
            maxLength: 1,
          }),
          'wp:term': fc.array(
            fc.array(
              fc.record({ taxonomy: fc.constantFrom('category', 'post_tag'), name: value, link: value }),
              { maxLength: 2 },
            ),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ['title'] },
);
const jsonLd = fc.record(
  {
    '@context': fc.constant('https://schema.org'),
    '@type': fc.constantFrom('NewsArticle', 'BlogPosting', 'LiveBlogPosting'),
    headline: value,
    name: value,
    description: value,
    articleBody: value,
    url: value,
    image: fc.oneof(
      value,
      fc.record({ url: value, contentUrl: value, caption: value }, { requiredKeys: [] }),
    ),
    author: fc.oneof(value, fc.record({ name: value, url: value }, { requiredKeys: [] })),
    articleSection: value,
    keywords: value,
    inLanguage: value,
    liveBlogUpdate: fc.array(fc.record({ headline: value, articleBody: value }), { maxLength: 2 }),
  },
  { requiredKeys: ['@type'] },
);

/** Any input an article element can be given. */
const anyArticle = fc.oneof(
  { weight: 4, arbitrary: folioArticle },
  { weight: 1, arbitrary: jsonFeedItem },
  { weight: 1, arbitrary: jsonFeed },
  { weight: 1, arbitrary: wordPress },
  { weight: 1, arbitrary: jsonLd },
  // `undefined` is no article at all: the element waits for one, and shows nothing.
  { weight: 1, arbitrary: fc.anything().filter((input) => input !== undefined) },
);

forEachSanitizerPath(() =>
  describe('fuzzing', () => {
    let errors: ReturnType<typeof catchPageErrors>;
    let trap: ReturnType<typeof trapScripts>;
    before(() => {
      errors = catchPageErrors();
      trap = trapScripts();
    });
    after(() => {
      errors.restore();
      trap.restore();
    });

    it('the URL guard keeps only http, https and mailto URLs, whatever the string', () => {
      const scheme = fc.constantFrom(
        'javascript',
        'JaVaScRiPt',
        'java\tscript',
        'data',
        'vbscript',
        'http',
        'https',
        'mailto',
        'blob',
        'file',
        '',
      );
      const url = fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.constantFrom(...urlVectors),
        fc
          .tuple(
            fc.constantFrom('', ' ', '\t', '\u0000', '\u00a0'),
            scheme,
            fc.constantFrom(':', '://', ':/\\'),
            fc.string(),
          )
          .map((parts) => parts.join('')),
      );
      fc.assert(
        fc.property(url, fc.option(fc.webUrl()), (input, base) => {
          const safe = safeUrl(input, base ?? undefined);
          return safe === undefined || ['http:', 'https:', 'mailto:'].includes(new URL(safe).protocol);
        }),
        { numRuns: 10_000 },
      );
    });

    it('the sanitizer leaves nothing live, whatever the HTML', () => {
      const token = fc.oneof(
        fc.constantFrom(...vectors),
        fc.constantFrom(
          '<',
          '>',
          '</',
          '"',
          "'",
          '=',
          '<!--',
          '-->',
          '<svg>',
          '<math>',
          '<style>',
          '</style>',
          '<template>',
          '<noscript>',
          '<a href="',
          'javascript:',
          ' onerror=',
          '&#',
          ';',
          '\u0000',
        ),
        fc.string({ maxLength: 8 }),
      );
      fc.assert(
        fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
          const fragment = sanitizeHtml(tokens.join(''), 'https://news.example/a/1');
          expect(hazards(fragment)).to.deep.equal([]);
        }),
        { numRuns: 3_000 },
      );
    });

    it('thousands of generated articles each render content or an alert, never an exception or a script', async function () {
      // 3,200 renders: the amount of work sets the time, which a busy machine or DOMPurify's path in
      // WebKit stretches past the default; what is tested is what each render shows.
      this.timeout(120_000);
      const box = await fixture<HTMLElement>(html`<div hidden></div>`);
      const elements = Array.from({ length: 16 }, () =>
        box.appendChild(document.createElement('folio-article')),
      );
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(anyArticle, { minLength: 16, maxLength: 16 }), async (articles) => {
          articles.forEach((article, i) => (elements[i].article = article));
          await settle(box);
          runs += articles.length;
          for (const el of elements) {
            const shadow = el.shadowRoot!;
            expect(shadow.querySelector('article, [role="alert"]'), 'content or an alert').to.exist;
            expect(hazards(shadow)).to.deep.equal([]);
          }
          expect(errors.thrown).to.deep.equal([]);
          expect(trap.ran()).to.deep.equal([]);
        }),
        { numRuns: 200 },
      );
      console.log(`${runs} generated articles rendered`);
    });
  }),
);
