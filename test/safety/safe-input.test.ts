import { expect, fixture, html } from '@open-wc/testing';
import '../../src/drop-in.js';
import { forEachSanitizerPath } from '../sanitizer-paths.js';
import type { FolioArticle } from '../../src/article/folio-article.js';
import { allElements, settle } from './inspect.js';
import { safeHtml, safeUrls } from './vectors.js';

const BASE = 'https://news.example/a/1';

const render = async (article: unknown) => {
  const el = await fixture<FolioArticle>(html`<folio-article .article=${article}></folio-article>`);
  await settle(el.shadowRoot!);
  return el;
};

/** Every HTML field, each holding all the everyday markup at once. */
const htmlFields: [string, (markup: string[]) => unknown][] = [
  ['body (one HTML string)', (markup) => ({ title: 'T', url: BASE, body: markup.join(' ') })],
  [
    'body[].paragraph.html',
    (markup) => ({ title: 'T', url: BASE, body: markup.map((m) => ({ type: 'paragraph', html: m })) }),
  ],
  [
    'body[].quote.html',
    (markup) => ({ title: 'T', url: BASE, body: markup.map((m) => ({ type: 'quote', html: m })) }),
  ],
  ['body[].list.items[]', (markup) => ({ title: 'T', url: BASE, body: [{ type: 'list', items: markup }] })],
  [
    'body[].html.html',
    (markup) => ({ title: 'T', url: BASE, body: [{ type: 'html', html: markup.join('<br>') }] }),
  ],
  [
    'JSON Feed content_html',
    (markup) => ({ id: '1', url: BASE, title: 'T', content_html: markup.join(' ') }),
  ],
  [
    'WordPress content.rendered',
    (markup) => ({ link: BASE, title: { rendered: 'T' }, content: { rendered: markup.join(' ') } }),
  ],
  [
    'JSON-LD articleBody',
    (markup) => ({ '@type': 'NewsArticle', url: BASE, headline: 'T', articleBody: markup.join(' ') }),
  ],
];

/** Where each URL field shows up, found by the URL it became. */
const urlFields: [string, (url: string) => unknown][] = [
  ['category.url', (url) => ({ title: 'T', url: BASE, category: { name: 'C', url } })],
  ['authors[].url', (url) => ({ title: 'T', url: BASE, authors: [{ name: 'A', url }] })],
  ['image.src', (url) => ({ title: 'T', url: BASE, image: { src: url, alt: 'A' } })],
  ['body[].image.src', (url) => ({ title: 'T', url: BASE, body: [{ type: 'image', src: url, alt: 'A' }] })],
  ['a link in body HTML', (url) => ({ title: 'T', url: BASE, body: `<p><a href="${url}">x</a></p>` })],
  ['an image in body HTML', (url) => ({ title: 'T', url: BASE, body: `<p><img src="${url}" alt="x"></p>` })],
  ['related[].url', (url) => ({ title: 'T', url: BASE, related: [{ url, title: 'R' }] })],
];

forEachSanitizerPath(() =>
  describe('safe input', () => {
    describe('everyday markup survives the sanitizer', () => {
      for (const [field, build] of htmlFields) {
        it(`in ${field}`, async () => {
          const el = await render(build(safeHtml.map(([markup]) => markup)));
          const body = el.shadowRoot!.querySelector('[part="body"]')!;
          const missing = safeHtml
            .filter(([, selector]) => !body.querySelector(selector))
            .map(([markup]) => markup);
          expect(missing).to.deep.equal([]);
          expect(body.textContent).to.contain('E = mc2').and.contain('H2O').and.contain('write to us');
        });
      }
    });

    describe('ordinary URLs stay live, resolved against the article URL', () => {
      for (const [field, build] of urlFields) {
        it(`in ${field}`, async () => {
          const missing: string[] = [];
          for (const [url, expected] of safeUrls) {
            // A URL inside HTML is written the way HTML wants it.
            const value = field.includes('HTML') ? url.replace(/&/g, '&amp;') : url;
            const el = await render(build(value));
            const urls = allElements(el.shadowRoot!).flatMap((node) => [
              node.getAttribute('href'),
              node.getAttribute('src'),
            ]);
            if (!urls.includes(expected)) missing.push(`${url} → ${expected}`);
          }
          expect(missing).to.deep.equal([]);
        });
      }
    });
  }),
);
