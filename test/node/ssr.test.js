// Server rendering in plain Node: `folio-embed/ssr` and the `folio-embed render` command, bundled
// from source on the fly (Lit, DOMPurify, jsdom and @lit-labs/ssr stay packages). Run by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { buildForNode } from '../server/ssr.js';

const root = new URL('../../', import.meta.url);
const out = await buildForNode({
  ssr: 'src/ssr/index.ts',
  bin: 'src/ssr/bin.ts',
  vectors: 'test/safety/vectors.ts',
  parts: 'test/ssr/parts.ts',
});
const { renderArticle } = await import(new URL('ssr.js', out));
const { vectors } = await import(new URL('vectors.js', out));
const { partTexts } = await import(new URL('parts.js', out));
const bin = new URL('bin.js', out).pathname;

const demoFile = new URL('demo/articles/demo.json', root).pathname;
const demo = JSON.parse(readFileSync(demoFile, 'utf8'));
const article = {
  url: 'https://news.example/a/1',
  title: 'Rivers & <Roads>',
  lang: 'en',
  body: [
    { type: 'paragraph', html: 'First <em>words</em> of the body.' },
    { type: 'heading', text: 'A subheading', level: 2 },
    { type: 'list', items: ['one', '<b>two</b>'] },
  ],
  related: [{ url: 'https://news.example/a/2', title: 'Next story' }],
};
const quiet = { onWarning: () => {} };

/** The shadow roots the HTML declares, by host tag. */
const shadowHosts = (html) =>
  [...html.matchAll(/<(folio-[a-z-]+)[^>]*><template shadowroot="open" shadowrootmode="open">/g)].map(
    ([, tag]) => tag,
  );
/** The article the client reads back from the element's inline JSON. */
const inlineJson = (html) => JSON.parse(/<script type="application\/json"[^>]*>(.*?)<\/script>/s.exec(html)[1]);
/** The article's own markup, from the input: without the share bar's icons, the styles or the inline JSON. */
const articleMarkup = (html) =>
  /<article .*<\/article>/s.exec(html)[0].replace(/<folio-share-bar.*<\/folio-share-bar>/s, '');
/** The text a reader sees, roughly: tags, comments and styles removed. */
const visibleText = (html) =>
  html.replace(/<style>.*?<\/style>|<script.*?<\/script>|<!--.*?-->|<[^>]*>/gs, ' ').replace(/\s+/g, ' ');

test('the article, its share bar and its carousel are declarative shadow roots', async () => {
  const html = await renderArticle(article, quiet);
  assert.match(html, /^<folio-article[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<\/folio-article>$/);
  assert.deepEqual(shadowHosts(html), ['folio-article', 'folio-share-bar', 'folio-related']);
  // The nested elements wait for the article to take over first.
  assert.match(html, /<folio-share-bar[^>]* defer-hydration>/);
  assert.match(html, /<folio-related[^>]* defer-hydration>/);
});

test('the whole article is in the HTML: header, every block, share links, related cards', async () => {
  const html = await renderArticle(demo, quiet);
  const text = visibleText(html);
  assert.ok(text.includes(demo.title));
  assert.ok(text.includes(demo.dek));
  for (const block of demo.body) {
    const words =
      block.text ?? block.caption ?? (block.html ?? block.items?.[0] ?? '').replace(/<[^>]*>/g, '');
    if (words) assert.ok(text.includes(words.slice(0, 40).trim()), `${block.type}: ${words.slice(0, 40)}`);
  }
  assert.match(
    html,
    /href="https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=https%3A%2F%2Ffolio\.example/,
  );
  for (const { url } of demo.related) assert.ok(html.includes(`href="${url}"`), url);
});

test('the client gets the normalized article as inline JSON, which reads back to itself', async () => {
  const html = await renderArticle(demo, quiet);
  const json = inlineJson(html);
  assert.equal(json.title, demo.title);
  assert.equal(json.body.length, demo.body.length);
  // Rendering what the client reads gives the same page: the server and the client agree.
  assert.equal(await renderArticle(json, quiet), html);
});

test('character references are decoded once: the page says what its JSON-LD and inline JSON say', async () => {
  const input = JSON.parse(readFileSync(new URL('test/fixtures/ssr/references.json', root), 'utf8'));
  const html = await renderArticle(input, { ...quiet, emitJsonLd: true });
  // Text whose decoded form still reads like a reference (an article about HTML's escapes) stays so.
  const once = {
    title: 'Fish &amp; chips',
    dek: 'Why the menu writes &lt;b&gt; where it means bold',
    category: 'Food &amp; drink',
    authors: 'By Smith &amp; Jones',
    caption: 'Cod &amp; haddock',
    heading: 'Salt &amp; vinegar',
    paragraph: 'The sign said &amp; where it meant &.',
    cite: 'Brown &amp; Co',
    related: 'Pie &amp; mash',
  };
  const page = new JSDOM(html).window.document;
  const shadow = page.querySelector('folio-article > template').content;
  assert.deepEqual(partTexts(shadow, shadow.querySelector('folio-related > template').content), once);
  const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]').textContent);
  assert.deepEqual(
    [jsonLd.headline, jsonLd.description, `By ${jsonLd.author[0].name}`, jsonLd.image.caption],
    [once.title, once.dek, once.authors, once.caption],
  );
  const json = inlineJson(html);
  assert.deepEqual([json.title, json.body[0].text], [once.title, once.heading]);
});

test('HTML in text is escaped, and the inline JSON cannot close its script', async () => {
  const html = await renderArticle({ ...article, dek: '</script><script>alert(1)</script>' }, quiet);
  assert.ok(html.includes('Rivers &amp; &lt;Roads&gt;'));
  assert.ok(!html.includes('<script>alert(1)'));
  assert.equal(inlineJson(html).dek, '</script><script>alert(1)</script>');
});

test('renders in a language loaded on demand: the option’s, or the article’s own', async () => {
  const { lang, ...unlabelled } = article;
  const arabic = await renderArticle(unlabelled, { ...quiet, lang: 'ar' });
  // The host declares the language; the article, which declares none, inherits it rather than claiming it.
  assert.match(arabic, /^<folio-article lang="ar">/);
  assert.match(arabic, /<article part="article"\s+dir="rtl">/);
  assert.match(arabic, /aria-label="مشاركة"/);
  const japanese = await renderArticle({ ...article, lang: 'ja' }, quiet);
  assert.match(japanese, /aria-label="シェア"/);
  assert.match(japanese, /関連記事/);
});

test('options do what the attributes do: lang, hide, emitJsonLd', async () => {
  const { lang, ...unlabelled } = article;
  const french = await renderArticle(unlabelled, { ...quiet, lang: 'fr' });
  assert.match(french, /^<folio-article lang="fr"><template /);
  assert.match(french, /aria-label="Partager"/);

  const hidden = await renderArticle(article, { ...quiet, hide: 'share related' });
  assert.match(hidden, /^<folio-article hide="share related"><template /);
  assert.deepEqual(shadowHosts(hidden), ['folio-article']);

  const withJsonLd = await renderArticle(article, { ...quiet, emitJsonLd: true });
  const jsonLd = /<script type="application\/ld\+json" data-folio-jsonld>(.*?)<\/script>/s.exec(withJsonLd);
  assert.equal(JSON.parse(jsonLd[1]).headline, 'Rivers & <Roads>');
  assert.ok(!jsonLd[1].includes('<'));
  assert.ok(!(await renderArticle(article, quiet)).includes('ld+json'));
});

test('without a url the share bar is left out, with a warning; the url option gives it one', async () => {
  const { url, ...unplaced } = article;
  const warnings = [];
  const html = await renderArticle(unplaced, { onWarning: (warning) => warnings.push(warning) });
  assert.deepEqual(shadowHosts(html), ['folio-article', 'folio-related']);
  assert.match(html, /^<folio-article[^>]* hide="share"/);
  assert.deepEqual(
    warnings.map(({ path }) => path),
    ['url'],
  );

  const placed = await renderArticle(unplaced, { ...quiet, url: 'https://news.example/elsewhere' });
  assert.deepEqual(shadowHosts(placed), ['folio-article', 'folio-share-bar', 'folio-related']);
  assert.equal(inlineJson(placed).url, 'https://news.example/elsewhere');
});

test('relative URLs resolve against the url option, as against the src of an element', async () => {
  const relative = { ...article, url: undefined, related: [{ url: '../b/2', title: 'Next story' }] };
  const html = await renderArticle(relative, { ...quiet, url: 'https://news.example/a/1' });
  assert.deepEqual(
    inlineJson(html).related.map(({ url }) => url),
    ['https://news.example/b/2'],
  );
});

test('the native share button, which only a browser can decide on, is left out with a warning', async () => {
  const warnings = [];
  const html = await renderArticle(
    { ...article, share: { networks: ['x', 'native', 'email'] } },
    { onWarning: (warning) => warnings.push(warning.path) },
  );
  assert.deepEqual(inlineJson(html).share.networks, ['x', 'email']);
  assert.deepEqual(warnings, ['share.networks']);
});

test('repairs are reported as the element reports them', async () => {
  const warnings = [];
  await renderArticle(
    { ...article, authors: [{ name: 'A', url: 'javascript:alert(1)' }] },
    { onWarning: (warning) => warnings.push(warning) },
  );
  assert.deepEqual(
    warnings.map(({ path }) => path),
    ['authors[0].url'],
  );
});

test('bad input rejects with the message the element shows', async () => {
  await assert.rejects(renderArticle({ body: [] }, quiet), { name: 'FolioInputError', message: /^title / });
  await assert.rejects(renderArticle('nonsense', quiet), /no format Folio reads/);
});

test('the body goes through the sanitizer and the URL guard on the server', async () => {
  const html = await renderArticle(
    {
      ...article,
      body: [
        {
          type: 'html',
          html: '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><a href="/local">y</a><script>alert(2)</script><iframe src="https://www.youtube.com/embed/abc" title="Clip"></iframe>',
        },
      ],
    },
    quiet,
  );
  assert.ok(!/onerror|javascript:|<script|<iframe/i.test(articleMarkup(html)));
  // Relative links resolve against the article's url; the player became a link to its page.
  assert.ok(html.includes('href="https://news.example/local"'));
  assert.ok(html.includes('href="https://www.youtube.com/watch?v=abc"'));
});

test('no hostile vector survives into the server HTML as markup that could run', async () => {
  for (const vector of vectors) {
    const html = await renderArticle(
      {
        ...article,
        dek: vector,
        related: [],
        body: [
          { type: 'paragraph', html: vector },
          { type: 'html', html: vector },
        ],
      },
      quiet,
    );
    // Read as a browser reads it (the shadow roots as template contents), leaving out the share bar's own icons.
    const page = new JSDOM(html).window.document;
    const shadow = page.querySelector('folio-article > template').content;
    shadow.querySelector('folio-share-bar').remove();
    for (const element of shadow.querySelectorAll('*')) {
      assert.ok(
        !/^(script|iframe|object|embed|svg|math|form|base|meta|link|template)$/i.test(element.localName),
        `${vector}: ${element.outerHTML}`,
      );
      for (const { name, value } of element.attributes) {
        assert.ok(!name.startsWith('on'), `${vector}: ${element.outerHTML}`);
        if (/^(href|src|cite)$/.test(name)) assert.match(value, /^(https?|mailto):/, vector);
      }
    }
  }
});

const run = promisify(execFile);
const cli = (args, options) => run(process.execPath, [bin, ...args], options);

test('content in no declared language is not labelled with the UI language on the server', async () => {
  const arabic = { url: 'https://news.example/ar/1', title: 'عنوان الخبر', body: [{ type: 'paragraph', html: 'نص الخبر.' }] };
  const shadow = (html) => html.slice(html.indexOf('<template'));
  assert.doesNotMatch(shadow(await renderArticle(arabic, quiet)), /<article[^>]* lang=/);
  assert.match(shadow(await renderArticle({ ...arabic, lang: 'ar' }, quiet)), /<article[^>]* lang="ar"/);
});

test('an article without a body links on to its full text on the server too', async () => {
  const warnings = [];
  const html = await renderArticle(
    { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', url: 'https://news.example/h' },
    { onWarning: (warning) => warnings.push(warning.path) },
  );
  const link = /<p part="full-text"[^>]*>[^]*?<a href="([^"]*)">(?:<!--[^>]*-->)*([^<]*)/.exec(html);
  assert.deepEqual(link?.slice(1), ['https://news.example/h', 'Read it on its site']);
  assert.deepEqual(warnings, ['articleBody']);
});

test('the command prints the HTML on stdout', async () => {
  const { stdout, stderr } = await cli(['render', demoFile, '--lang', 'en', '--hide', 'related']);
  assert.equal(stdout, `${await renderArticle(demo, { lang: 'en', hide: 'related', ...quiet })}\n`);
  assert.equal(stderr, '');
});

test('the command reads standard input and reports warnings on stderr', async () => {
  const child = cli(['render', '-']);
  child.child.stdin.end(JSON.stringify({ title: 'From stdin', body: [] }));
  const { stdout, stderr } = await child;
  assert.match(stdout, /From stdin/);
  assert.match(stderr, /^folio-embed: warning: url is missing/);
});

test('the command resolves the relative URLs of a document it loads against its address', async () => {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ title: 'Loaded', related: [{ url: '../b/2', title: 'Next' }] }));
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { stdout } = await cli(['render', `http://127.0.0.1:${server.address().port}/a/1.json`]);
    assert.deepEqual(
      inlineJson(stdout).related.map(({ url }) => url),
      [`http://127.0.0.1:${server.address().port}/b/2`],
    );
  } finally {
    server.close();
  }
});

test('the command stops quietly when its reader stops reading', async () => {
  const child = cli(['render', demoFile]);
  child.child.stdout.destroy();
  const { stderr } = await child;
  assert.equal(stderr, '');
});

test('a command that fails prints nothing on stdout and exits non-zero', async () => {
  const failing = [
    [['render', 'no-such-file.json'], /no-such-file\.json/],
    [['render', '-'], /Standard input is not valid JSON: .*line 1, column/, '{"title": }'],
    [['render', '-'], /title /, '{"body": []}'],
    [['draw', demoFile], /^Usage: folio-embed render/],
  ];
  for (const [args, message, input] of failing) {
    const child = cli(args);
    child.child.stdin.end(input ?? '');
    const error = await child.then(
      () => assert.fail(`${args.join(' ')} succeeded`),
      (error) => error,
    );
    assert.ok(error.code > 0, args.join(' '));
    assert.equal(error.stdout, '', args.join(' '));
    assert.match(error.stderr, message);
  }
});

/** A loopback server answering every request with `answer`; closed after `use`. */
async function withServer(answer, use) {
  const server = createServer(answer).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    return await use(`http://127.0.0.1:${server.address().port}/a.json`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** The command's failure: its exit code, stdout and stderr. */
const failure = (args) =>
  cli(args).then(
    () => assert.fail(`${args.join(' ')} succeeded`),
    (error) => error,
  );

test('the command refuses a server that drips its answer, within --timeout', async () => {
  await withServer(
    (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"title": "');
      const drip = setInterval(() => response.write('a'), 200);
      response.on('close', () => clearInterval(drip));
    },
    async (url) => {
      const started = performance.now();
      const { code, stdout, stderr } = await failure(['render', url, '--timeout', '1']);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /Could not load .*: no complete answer within 1 s\./);
      // Refused at its limit, not when the server gives up (it never does); starting the command
      // takes seconds of its own on a busy machine.
      assert.ok(performance.now() - started < 30_000);
    },
  );
});

test('the command refuses an answer past --max-bytes, counted after decompression', async () => {
  const { gzipSync } = await import('node:zlib');
  const bomb = gzipSync(`{"title": "${'a'.repeat(50 * 1024 * 1024)}"}`);
  const answers = {
    declared: (response) =>
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': 6e6 }).end(),
    chunked: (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 6; i++) response.write(' '.repeat(1024 * 1024));
      response.end('{}');
    },
    gzip: (response) =>
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bomb),
  };
  for (const [name, answer] of Object.entries(answers)) {
    await withServer(
      (request, response) => answer(response),
      async (url) => {
        const { stderr } = await failure(['render', url]);
        assert.match(stderr, /larger than the limit of 5242880 bytes \(raise it with --max-bytes\)/, name);
      },
    );
  }
  assert.ok(bomb.length < 100_000);
  await withServer(
    (request, response) => answers.declared(response),
    async (url) =>
      assert.match((await failure(['render', url, '--max-bytes', '1000'])).stderr, /limit of 1000 bytes/),
  );
});

test('the command says what a failed load was: content type, connection, scheme', async () => {
  await withServer(
    (request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>'),
    async (url) =>
      assert.match((await failure(['render', url])).stderr, /the server sent text\/html, not JSON/),
  );
  // A port nothing listens on: the cause, not "fetch failed".
  const closed = await withServer(
    (request, response) => response.end(),
    async (url) => url,
  );
  assert.match((await failure(['render', closed])).stderr, /Could not load .*: connect ECONNREFUSED/);
  // Only http(s) is loaded; any other scheme is never read as a file.
  for (const source of ['file:///etc/hostname', 'ftp://example.com/a.json', 'data:,{}']) {
    assert.match((await failure(['render', source])).stderr, /only http\(s\) URLs are loaded/, source);
  }
});

test('the command escapes control characters in everything it prints from input', async () => {
  const child = cli(['render', '-']);
  child.child.stdin.end(JSON.stringify({ title: 'T', ['\u001b[2J\u001b]52;c;aGk=\u0007']: 1 }));
  const { stderr } = await child;
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(stderr), JSON.stringify(stderr));
  assert.match(stderr, /unknown key "\\u001b\[2J\\u001b\]52;c;aGk=\\u0007"/);
});
