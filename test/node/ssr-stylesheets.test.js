// Server rendering with the `stylesheets` option: shadow roots that link their element's CSS file
// instead of holding it, and the files the build writes for them. Run by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { buildForNode } from '../server/ssr.js';

const out = await buildForNode({ ssr: 'src/ssr/index.ts', bin: 'src/ssr/bin.ts' }, 'folio-ssr-stylesheets');
const { renderArticle, stylesheets } = await import(new URL('ssr.js', out));
const bin = new URL('bin.js', out).pathname;

const FOLDER = 'https://cdn.example/folio-embed/0.1.0/dist/';
const FILES = ['folio-article.css', 'folio-share-bar.css', 'folio-related.css'];
const quiet = { onWarning: () => {} };
/** The n-th of ten different articles, each with a share bar and a carousel. */
const nth = (n) => ({
  url: `https://news.example/a/${n}`,
  title: `Story ${n}`,
  body: [{ type: 'paragraph', html: `Paragraph of story <em>${n}</em>.` }],
  related: [{ url: `https://news.example/a/${n + 1}`, title: `Story ${n + 1}` }],
});
const ten = Array.from({ length: 10 }, (_, n) => nth(n));
const count = (text, part) => text.split(part).length - 1;
/** What each shadow root starts with, in document order: its host's tag and its first child, as a browser parses it. */
const shadowRoots = (html) => rootsIn(new JSDOM(html).window.document);
const rootsIn = (node) =>
  [...node.querySelectorAll('template[shadowrootmode]')].flatMap((template) => [
    [template.parentElement.localName, template.content.firstElementChild],
    ...rootsIn(template.content),
  ]);

test('the build writes each element’s CSS file: what its shadow root holds inline', async () => {
  const inline = await renderArticle(nth(0), quiet);
  const styles = [...inline.matchAll(/<style>(.*?)<\/style>/gs)].map(([, css]) => css);
  assert.deepEqual(
    FILES.map((file) => readFileSync(new URL(file, out), 'utf8')),
    styles,
  );
  assert.deepEqual(Object.keys(stylesheets()), FILES);
  assert.deepEqual(Object.values(stylesheets()), styles);
});

test('ten articles rendered with stylesheets carry no CSS inline, and one link per shadow root', async () => {
  const page = (
    await Promise.all(ten.map((article) => renderArticle(article, { ...quiet, stylesheets: FOLDER })))
  ).join('\n');
  for (const css of Object.values(stylesheets())) assert.equal(count(page, css), 0);
  assert.equal(count(page, '<style'), 0);
  const roots = shadowRoots(page);
  assert.equal(roots.length, 30);
  for (const [tag, first] of roots) {
    assert.equal(first.outerHTML, `<link rel="stylesheet" href="${FOLDER}${tag}.css">`);
  }
  for (const file of FILES) assert.equal(count(page, `href="${FOLDER}${file}"`), 10);
  // Without the option, every shadow root holds its element's CSS: the default stays inline.
  const inline = await renderArticle(nth(0), quiet);
  assert.equal(count(inline, '<link'), 0);
  assert.deepEqual(
    shadowRoots(inline).map(([, first]) => first.localName),
    ['style', 'style', 'style'],
  );
});

test('the markup is the inline render’s, with each style swapped for its link', async () => {
  const inline = await renderArticle(nth(0), quiet);
  const linked = await renderArticle(nth(0), { ...quiet, stylesheets: FOLDER });
  let swapped = inline;
  for (const [file, css] of Object.entries(stylesheets())) {
    swapped = swapped.replace(`<style>${css}</style>`, `<link rel="stylesheet" href="${FOLDER}${file}">`);
  }
  assert.equal(linked, swapped);
});

test('the folder may be given without its last slash, and its URL is written escaped', async () => {
  const links = async (folder) =>
    shadowRoots(await renderArticle(nth(0), { ...quiet, stylesheets: folder })).map(([, link]) => link.href);
  assert.deepEqual(
    await links('https://cdn.example/folio'),
    FILES.map((file) => `https://cdn.example/folio/${file}`),
  );
  assert.deepEqual(
    await links('https://cdn.example/a&amp;b/"x"<y>?v=1#top'),
    FILES.map((file) => `https://cdn.example/a&amp;b/%22x%22%3Cy%3E/${file}`),
  );
});

test('a stylesheets URL the URL guard refuses rejects the render, saying what to give', async () => {
  const refused = [
    'javascript:alert(1)//',
    'data:text/css,*{}',
    '/assets/folio/',
    'folio/',
    '',
    'ftp://cdn.example/',
  ];
  for (const folder of refused) {
    await assert.rejects(renderArticle(nth(0), { ...quiet, stylesheets: folder }), {
      name: 'TypeError',
      message: `stylesheets: ${JSON.stringify(folder)} is not an absolute http(s) URL: give the address of the folder that serves folio-article.css, folio-share-bar.css and folio-related.css (dist/ of folio-embed).`,
    });
  }
});

const run = promisify(execFile);
const cli = (args) => {
  const child = run(process.execPath, [bin, ...args]);
  child.child.stdin.end(JSON.stringify(nth(0)));
  return child;
};

test('the command links the styles with --stylesheets, and refuses a bad folder', async () => {
  const { stdout } = await cli(['render', '-', '--stylesheets', FOLDER]);
  assert.equal(stdout, `${await renderArticle(nth(0), { ...quiet, stylesheets: FOLDER })}\n`);
  const error = await cli(['render', '-', '--stylesheets', 'javascript:alert(1)']).then(
    () => assert.fail('a javascript: folder was taken'),
    (error) => error,
  );
  assert.equal(error.code, 1);
  assert.equal(error.stdout, '');
  assert.match(
    error.stderr,
    /^folio-embed: stylesheets: "javascript:alert\(1\)" is not an absolute http\(s\) URL/,
  );
});
