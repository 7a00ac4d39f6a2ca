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

/** Milliseconds per render over one batch, and the heap after it, collected. */
async function batch(start) {
  const began = performance.now();
  for (let n = start; n < start + BATCH; n++) await renderArticle(articleNumber(n), { onWarning() {} });
  const time = (performance.now() - began) / BATCH;
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
  // slowed by other work on the machine does not decide.
  const early = Math.min(first.time, second.time);
  const late = Math.min(last.time, beforeLast.time);
  assert.ok(late < early * 1.5, `renders slowed down: ${report}`);
});
