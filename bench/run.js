// `npm run bench`: Folio against the floor, side by side in one run of headless Chromium.
// Prints a table of medians and ratios and writes it all to bench/results/. `--quick` (or
// FOLIO_BENCH_QUICK=1) takes fewer samples: it proves the bench works, in CI, in seconds.
// `node bench/report.js AFTER.json BEFORE.json` compares two runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browsers.js';
import { buildBundles, moduleSizes, sizes } from './bundles.js';
import { report } from './report.js';
import { serve } from './server.js';
import { benchColdRender } from './cold.js';
import { benchServerRendering } from './ssr.js';

const quick = process.argv.includes('--quick') || Boolean(process.env.FOLIO_BENCH_QUICK);
// Each sample is a fresh page: its first render is cold, like a reader's; the others are repeats.
const PAGES = quick ? 2 : 12;
const RENDERS = quick ? 2 : 6;
const CYCLES = quick ? 100 : 1000;
// `--folio PATH`: the cold bench loads another build of the drop-in (under this folder) as Folio's
// side, such as an older one to compare with.
const folioArg = process.argv.indexOf('--folio');
const FOLIO_OVERRIDE = folioArg > 0 ? process.argv[folioArg + 1] : undefined;

const RENDER_CASES = [
  { name: 'article', options: { repeat: 1 }, label: 'article (demo)', target: 1.5 },
  { name: 'article', options: { repeat: 10 }, label: 'article, 10× longer', target: 1.5 },
  { name: 'related', options: { count: 20 }, label: 'related, 20 items' },
  { name: 'related', options: { count: 1000 }, label: 'related, 1,000 items', target: 2 },
  { name: 'share-bars', options: { count: 100 }, label: '100 share bars' },
];

const results = {
  date: new Date().toISOString(),
  settings: { quick, pages: PAGES, renders: RENDERS },
  cpu: cpus()[0]?.model,
  cores: cpus().length,
};

console.log('Building the bundles…');
const bundles = await buildBundles();
results.size = Object.fromEntries(Object.entries(bundles).map(([name, { code }]) => [name, sizes(code)]));
results.modules = moduleSizes(bundles.folio.modules);

const { server, origin } = await serve(process.cwd());
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
    '--js-flags=--expose-gc',
    // Pages left behind would stay alive in the back/forward cache and blur the heap readings.
    '--disable-features=BackForwardCache',
    // Nothing leaves this machine: every host but the bench server fails to resolve.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
try {
  results.chromium = await browser.version();
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const url = `${origin}/bench/pages/bench.html?bundle=/${bundles.folio.file}`;
  const open = async () => {
    await page.goto(url);
    await page.waitForFunction(() => window.bench);
  };
  page.on('pageerror', (error) => console.error('page error:', error.message));

  process.stdout.write(
    'Timing cold renders from the script, later ones and updates, against the Lit floor and static HTML…\n',
  );
  results.cold = await benchColdRender({
    browser,
    origin,
    bundles: { folio: `/${FOLIO_OVERRIDE ?? bundles.folio.file}`, lit: `/${bundles['lit-floor'].file}` },
    pages: quick ? 3 : 15,
    renders: RENDERS,
    median,
  });

  results.render = [];
  for (const { name, options, label, target } of RENDER_CASES) {
    process.stdout.write(`Timing ${label}…\n`);
    await open();
    const markup = await page.evaluate((n, o) => bench.markup(n, o), name, options);
    const order = [];
    // The trace holds the marks `mount` sets around each render, with the main thread's CPU
    // clock: unlike the wall clock, it does not count the time other processes of a busy machine
    // take, so the ratios hold up on a laptop that is doing something else.
    await page.tracing.start({ categories: ['blink.user_timing'] });
    for (let i = 0; i < PAGES; i++) {
      // Alternate which side goes first, so that drift hits both alike.
      for (const side of i % 2 ? ['floor', 'folio'] : ['folio', 'floor']) {
        await open();
        for (let r = 0; r < RENDERS; r++) {
          await page.evaluate((...args) => bench.prepare(...args), name, side, options, markup);
          await page.evaluate(() => bench.mount());
          await page.evaluate(() => bench.unmount());
          order.push([side, r ? 'repeat' : 'first']);
        }
      }
    }
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const marks = trace.traceEvents.filter((event) => event.name.startsWith('folio-bench:'));
    const samples = { folio: { first: [], repeat: [] }, floor: { first: [], repeat: [] } };
    order.forEach(([side, when], i) => {
      const [start, end] = marks.slice(2 * i, 2 * i + 2);
      samples[side][when].push({ cpu: (end.tts - start.tts) / 1000, wall: (end.ts - start.ts) / 1000 });
    });
    const summary = (side) =>
      Object.fromEntries(
        ['first', 'repeat'].map((when) => [
          when,
          {
            cpu: median(samples[side][when].map((s) => s.cpu)),
            wall: median(samples[side][when].map((s) => s.wall)),
          },
        ]),
      );
    results.render.push({
      name,
      options,
      label,
      target,
      folio: summary('folio'),
      floor: summary('floor'),
      samples,
    });
  }

  process.stdout.write(`Mounting and unmounting the article ${CYCLES} times…\n`);
  await open();
  await page.evaluate(() => bench.cycle(20)); // warm up: code, caches and pools that live as long as the page
  const before = await heap(page);
  await page.evaluate((n) => bench.cycle(n), CYCLES);
  const after = await heap(page);
  results.memory = {
    cycles: CYCLES,
    heapGrowth: after.heap - before.heap,
    nodeGrowth: after.nodes - before.nodes,
  };

  process.stdout.write('Filling the ad slots…\n');
  results.layoutShift = {};
  for (const [key, reserve] of [
    ['reserved', true],
    ['control', false],
  ]) {
    await open();
    results.layoutShift[key] = await page.evaluate((r) => bench.adLayoutShift(r), reserve);
  }

  process.stdout.write('Timing server rendering, its first paint and its hydration…\n');
  results.ssr = await benchServerRendering({ browser, origin, samples: PAGES, median });
} finally {
  await browser.close();
  server.close();
}

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/bench-${results.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\n${report(results)}\n\nWritten to ${file}`);

/** Heap in use and live DOM nodes after garbage collection. */
async function heap(page) {
  // gc() alone leaves DOM nodes for a later task; the DevTools collection frees them too. Collect
  // until the count of live nodes holds.
  const cdp = await page.createCDPSession();
  let last;
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => new Promise((done) => setTimeout(() => done(gc()), 20)));
    await cdp.send('HeapProfiler.collectGarbage');
    const { JSHeapUsedSize, Nodes } = await page.metrics();
    if (Nodes === last?.nodes) break;
    last = { heap: JSHeapUsedSize, nodes: Nodes };
  }
  await cdp.detach();
  return last;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
