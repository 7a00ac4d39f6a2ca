// Bytes of server-rendered articles with the elements' styles inline in every shadow root (the
// default) and linked (the `stylesheets` option): a page of one article, and what each further
// article adds to a page of ten. Prints a Markdown table for docs/ssr.md. `node bench/ssr-bytes.js`
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildForNode } from '../test/server/ssr.js';

const out = await buildForNode({}, 'folio-ssr-bytes');
const { renderArticle, stylesheets } = await import(new URL('ssr.js', out));
const demo = JSON.parse(readFileSync('demo/articles/demo.json', 'utf8'));

/** The keys whose text a reader reads: written differently in each article, as in ten real ones. */
const TEXT = new Set([
  'title',
  'dek',
  'name',
  'alt',
  'caption',
  'credit',
  'html',
  'text',
  'cite',
  'items',
  'summary',
  'category',
  'tags',
]);
/** `html` with the letters outside its tags and character references shifted `n` places. */
const shift = (html, n) =>
  html.replace(/<[^>]*>|&\w+;|[a-z]/g, (m) =>
    m.length > 1 ? m : String.fromCharCode(97 + ((m.charCodeAt(0) - 97 + n) % 26)),
  );
/** `value` with the text of its `TEXT` keys shifted, and its URLs made its own. */
const variant = (value, n, key) =>
  typeof value === 'string'
    ? TEXT.has(key)
      ? shift(value, n)
      : key === 'url'
        ? value.replace(/(\/[^/]*)$/, `$1-${n}`)
        : value
    : Array.isArray(value)
      ? value.map((item) => variant(item, n, key))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, variant(v, n, k)]))
        : value;
/** Ten articles shaped like `article`, each with its own text and addresses. */
const tenLike = (article) => Array.from({ length: 10 }, (_, n) => variant(article, n + 1));
const short = {
  url: 'https://news.example/short',
  title: 'A short story',
  dek: 'Three paragraphs and three related links, as a news list shows them.',
  author: { name: 'A. Writer' },
  datePublished: '2026-12-01T09:00:00+01:00',
  body: ['One', 'Two', 'Three'].map((word) => ({
    type: 'paragraph',
    html: `${word}: a paragraph of about the length of a paragraph in a news story, with a <a href="https://news.example/">link</a> in it.`,
  })),
  related: [1, 2, 3].map((n) => ({ url: `https://news.example/r/${n}`, title: `Related story ${n}` })),
};

const sizes = (text) => [Buffer.byteLength(text), gzipSync(text).length, brotliCompressSync(text).length];
const css = Object.values(stylesheets()).map(sizes);
const cssTotal = [0, 1, 2].map((i) => css.reduce((sum, file) => sum + file[i], 0));

const rows = [];
for (const [name, article] of [
  ['demo article', demo],
  ['short article', short],
]) {
  for (const [how, options] of [
    ['inline', {}],
    ['linked', { stylesheets: 'https://cdn.example/folio-embed/0.1.0/dist/' }],
  ]) {
    const html = await Promise.all(
      tenLike(article).map((a) => renderArticle(a, { ...options, onWarning() {} })),
    );
    const first = sizes(html[0]);
    const ten = sizes(html.join('\n'));
    const further = ten.map((bytes, i) => Math.round((bytes - first[i]) / 9));
    rows.push(`| ${name}, ${how} | ${first.join(' / ')} | ${further.join(' / ')} |`);
  }
}
console.log('| page | first article: raw / gzip / brotli | each further: raw / gzip / brotli |');
console.log('| --- | --- | --- |');
console.log(rows.join('\n'));
console.log(
  `\nThe three CSS files, once per page (and cached): ${cssTotal.join(' / ')} (raw / gzip / brotli, each file compressed alone)`,
);
