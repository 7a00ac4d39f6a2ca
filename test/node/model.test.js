// The model runs in plain Node, with no DOM: `folio-embed/model` bundled from source on the fly,
// then every format sample read with it. Run by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import fc from 'fast-check';

const root = new URL('../../', import.meta.url);
const { outputFiles } = await build({
  entryPoints: [new URL('src/model/node.ts', root).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const model = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);

test('there is no DOM here to lean on', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(typeof window, 'undefined');
});

const formats = new URL('test/fixtures/formats/', root);
for (const format of readdirSync(formats, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  for (const file of readdirSync(new URL(`${format.name}/`, formats)).filter((name) =>
    name.endsWith('.json'),
  )) {
    test(`normalizes ${format.name}/${file}`, () => {
      const json = JSON.parse(readFileSync(new URL(`${format.name}/${file}`, formats), 'utf8'));
      const article = model.normalizeArticle(json, { onWarning() {} });
      assert.equal(typeof article.title, 'string');
      assert.ok(article.title.length > 0);
      assert.ok(Array.isArray(article.body));
    });
  }
}

test('reads HTML titles as text: tags dropped, character references decoded once', () => {
  const article = model.normalizeArticle({
    title: { rendered: 'The &#8220;early boat&#8221; <em>returns</em> &amp;amp; more' },
    content: { rendered: '<p>Text</p>' },
  });
  assert.equal(article.title, 'The “early boat” returns &amp; more');
});

test('reads its own output again without decoding it again; a copy of it is input, decoded once', () => {
  const input = {
    title: 'Fish &amp;amp; chips',
    authors: ['Smith &amp;amp; Jones'],
    body: [{ type: 'heading', text: 'Salt &amp;amp; vinegar' }],
    related: [{ url: 'https://news.example/b', title: 'Pie &amp;amp; mash' }],
  };
  const texts = ({ title, authors, body, related }) => [
    title,
    authors[0].name,
    body[0].text,
    related[0].title,
  ];
  const once = model.normalizeArticle(input);
  assert.deepEqual(texts(once), [
    'Fish &amp; chips',
    'Smith &amp; Jones',
    'Salt &amp; vinegar',
    'Pie &amp; mash',
  ]);
  assert.deepEqual(texts(model.normalizeArticle(once)), texts(once));
  // Its related items, handed on (as the article hands them to <folio-related>), are its own too.
  const next = model.normalizeArticle({ title: 'Next', body: 'B', related: once.related });
  assert.deepEqual(next.related, once.related);
  const copy = model.normalizeArticle(structuredClone(once));
  assert.deepEqual(texts(copy), ['Fish & chips', 'Smith & Jones', 'Salt & vinegar', 'Pie & mash']);
});

test('decodes every named reference of HTML in plain Node, where no parser is handed in', () => {
  const article = model.normalizeArticle({ title: 'Caf&eacute; &Aring;land &frac13; &notaname;', body: 'B' });
  assert.equal(article.title, 'Café Åland ⅓ &notaname;');
});

test('reads HTML titles of the new formats in plain Node', () => {
  const article = model.normalizeArticle(
    { ID: 1, site_ID: 2, URL: 'https://x.example/p/', title: 'Caf&eacute; &amp; bar', content: '<p>x</p>' },
    { onWarning() {} },
  );
  assert.equal(article.title, 'Café & bar');
});

test('reads each reader on demand in Node as at once', async () => {
  for (const input of [
    { title: 'T', body: 'B' },
    { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', articleBody: 'x' },
    { type_of: 'article', title: 'T', url: 'https://dev.to/a/t', body_html: '<p>x</p>' },
  ]) {
    assert.deepEqual(await model.normalizeArticleAsync(input), model.normalizeArticle(input));
  }
});

test('writes the article as a schema.org NewsArticle', () => {
  const article = model.normalizeArticle({
    title: 'T',
    body: [{ type: 'paragraph', html: 'A <b>b</b> &amp; c' }],
  });
  assert.deepEqual(JSON.parse(JSON.stringify(model.toNewsArticle(article))), {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'T',
    author: [],
    articleBody: 'A b & c',
  });
});

test('refuses what is not an article with a FolioInputError naming the path', () => {
  assert.throws(
    () => model.normalizeArticle({ body: [] }),
    (error) => {
      assert.ok(error instanceof model.FolioInputError);
      assert.equal(error.path, 'title');
      return true;
    },
  );
});

test('a reading called from inside another has options of its own, and a failed one leaves nothing behind', () => {
  const outer = [];
  const inner = [];
  const readInner = () =>
    model.normalizeArticle(
      { version: 'https://jsonfeed.org/version/1.1', items: [{ url: 'rel/', title: 'I', date_published: 'soon', content_text: 'x' }] },
      { onWarning: ({ path }) => inner.push(path) },
    );
  const article = model.normalizeArticle(
    { title: 'T', published: 'soon', image: 'i.jpg', updated: 'later' },
    {
      src: 'https://outer.example/a/',
      onWarning: ({ path }) => {
        outer.push(path);
        if (outer.length === 1) readInner();
      },
    },
  );
  assert.equal(article.image.src, 'https://outer.example/a/i.jpg');
  assert.deepEqual(outer, ['published', 'updated']);
  // Not the outer src: the inner document's relative url has nothing to resolve against.
  assert.deepEqual(inner, ['items[0].url', 'items[0].date_published']);
  assert.throws(() => model.normalizeArticle({ body: [] }, { onWarning() {} }), { path: 'title' });
  assert.equal(model.normalizeArticle({ title: 'After' }, { onWarning() {} }).title, 'After');
});

test('names an unknown key whatever characters it holds', () => {
  const warnings = [];
  model.normalizeArticle(
    { title: 'T', related: [{ title: 'R', url: 'https://news.example/r', '[': 1, 'a.b': 2 }] },
    { onWarning: (warning) => warnings.push(warning.path) },
  );
  assert.deepEqual(warnings, ['related[0].[', 'related[0].a.b']);
});

test('reads any JSON value to an article or a FolioInputError', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.anything(), fc.record({ title: fc.string(), related: fc.array(fc.anything()) })),
      (input) => {
        try {
          const article = model.normalizeArticle(input, { onWarning() {} });
          return typeof article.title === 'string' && Array.isArray(article.body);
        } catch (error) {
          return error instanceof model.FolioInputError;
        }
      },
    ),
    { numRuns: 2000 },
  );
});

test('names from input are looked up as own keys: constructor and __proto__ are names like any other', () => {
  const warnings = [];
  const article = model.normalizeArticle(
    { title: 'T', constructor: 1, share: { networks: ['constructor', '__proto__', 'Twitter'] } },
    { onWarning: (warning) => warnings.push(warning) },
  );
  assert.deepEqual(article.share.networks, ['constructor', '__proto__', 'x']);
  assert.ok(warnings.every(({ message, path }) => !/native code|\[object/.test(`${message} ${path}`)), JSON.stringify(warnings));
  const wordPress = model.normalizeArticle(
    { link: 'https://a.example/1', title: { rendered: 'T' }, date: 'soon', constructor: 1 },
    { onWarning: (warning) => warnings.push(warning) },
  );
  assert.equal(wordPress.title, 'T');
  assert.ok(warnings.every(({ path }) => !/native code/.test(path)));
});
