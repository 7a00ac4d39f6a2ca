// A server that renders for days: thousands of renders in one process hold no more memory and
// take no longer at the end than at the start. Run by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildForNode } from '../server/ssr.js';

const out = await buildForNode({ ssr: 'src/ssr/index.ts' }, 'folio-soak');
const { renderArticle } = await import(new URL('ssr.js', out));

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

/** Each render a different article, with HTML to sanitize in every block. */
const articleNumber = (n) => ({
  url: `https://news.example/a/${n}`,
  title: `Story ${n}`,
  lang: 'en',
  body: [
    { type: 'paragraph', html: `The <em>first</em> words of story ${n}, with <a href="/b/${n}">a link</a>.` },
    { type: 'quote', html: `<b>Said</b> in story ${n}.`, cite: 'Someone' },
    { type: 'list', items: [`<i>one</i> ${n}`, `two &amp; ${n}`] },
  ],
  related: [{ url: `https://news.example/a/${n + 1}`, title: `Story ${n + 1}` }],
});

const RENDERS = 2_000;
const BATCH = 200;

/**
 * Milliseconds of this process's CPU time per render over one batch (other work on the machine
 * does not count, as it would in wall-clock time), and the heap after it, collected.
 */
async function batch(start) {
  const began = process.cpuUsage();
  for (let n = start; n < start + BATCH; n++) await renderArticle(articleNumber(n), { onWarning() {} });
  const { user, system } = process.cpuUsage(began);
  const time = (user + system) / 1000 / BATCH;
  gc();
  return { time, heap: process.memoryUsage().heapUsed };
}

test(`${RENDERS} renders in one process: flat memory, flat time`, async () => {
  await batch(0); // warm up: compiled code, caches filled once
  const batches = [];
  for (let start = BATCH; start < RENDERS; start += BATCH) batches.push(await batch(start));
  const [first, second] = batches;
  const [last, beforeLast] = batches.toReversed();
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const report = batches.map(({ time, heap }) => `${time.toFixed(1)} ms, ${mb(heap)}`).join('; ');
  // Memory: what stayed after about 1,800 renders, against a leak of about 30 kB a render.
  assert.ok(last.heap - first.heap < 16 * 1024 * 1024, `heap grew: ${report}`);
  // Time: the best of the last two batches against the best of the first two, so that one batch
  // with a long collection does not decide.
  const early = Math.min(first.time, second.time);
  const late = Math.min(last.time, beforeLast.time);
  assert.ok(late < early * 1.5, `renders slowed down: ${report}`);
});

test('one render is capped: bytes of JSON, blocks, related articles, each with its own error', async () => {
  const paragraphs = (count) => Array.from({ length: count }, () => ({ type: 'paragraph', html: 'Words.' }));
  const related = (count) =>
    Array.from({ length: count }, (_, i) => ({ url: `https://news.example/r/${i}`, title: `R ${i}` }));
  const article = articleNumber(0);
  const refused = [
    [
      { ...article, body: paragraphs(2_001) },
      /^body is too large to render: 2001 blocks, more than 2000\. .*limits\.maxBlocks/,
    ],
    [
      { ...article, body: [{ type: 'list', items: Array(2_001).fill('item') }] },
      /^body is too large .*2001 blocks/,
    ],
    [{ ...article, related: related(201) }, /^related is too large to render: 201 articles, more than 200\./],
    [
      { ...article, dek: 'x'.repeat(5 * 1024 * 1024) },
      /^The document is too large to render: more than 5 MB of JSON\./,
    ],
    // Bytes, not characters: 2 MB of characters that take 3 bytes each in UTF-8.
    [{ ...article, dek: '€'.repeat(2 * 1024 * 1024) }, /more than 5 MB of JSON/],
    [{ ...article, related: related(1_000_000) }, /more than 5 MB of JSON/],
  ];
  for (const [input, message] of refused) {
    await assert.rejects(renderArticle(input, { onWarning() {} }), { name: 'FolioInputError', message });
  }
  // The limits are options: an operator who expects longer articles raises them.
  const long = await renderArticle(
    { ...article, body: paragraphs(2_001) },
    { onWarning() {}, limits: { maxBlocks: 3_000 } },
  );
  assert.equal(long.match(/Words\./g)?.length, 2 * 2_001); // the page, and the inline JSON
});
