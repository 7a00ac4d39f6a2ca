// `npm run bench`: Folio against the floor, side by side in one run of headless Chromium.
// Prints a table of medians and ratios and writes it all to bench/results/. `--quick` (or
// FOLIO_BENCH_QUICK=1) takes fewer samples: it proves the bench works, in CI, in seconds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/browsers.js';
import { buildBundles, moduleSizes, sizes } from './bundles.js';
import { serve } from './server.js';

const quick = process.argv.includes('--quick') || Boolean(process.env.FOLIO_BENCH_QUICK);
// Each sample is a fresh page: its first render is cold, like a reader's; the others are repeats.
const PAGES = quick ? 2 : 12;
const RENDERS = quick ? 2 : 6;
const CYCLES = quick ? 100 : 1000;

const RENDER_CASES = [
  { name: 'article', options: { repeat: 1 }, label: 'article (demo)', target: 1.5 },
  { name: 'article', options: { repeat: 10 }, label: 'article, 10× longer', target: 1.5 },
  { name: 'related', options: { count: 20 }, label: 'related, 20 items' },
  { name: 'related', options: { count: 1000 }, label: 'related, 1,000 items', target: 2 },
  { name: 'share-bars', options: { count: 100 }, label: '100 share bars' },
];

const results = { date: new Date().toISOString(), quick, cpu: cpus()[0]?.model, cores: cpus().length };

console.log('Building the bundles…');
const bundles = await buildBundles();
results.size = Object.fromEntries(Object.entries(bundles).map(([name, { code }]) => [name, sizes(code)]));
results.modules = moduleSizes(bundles.folio.modules);

const { server, origin } = await serve(process.cwd());
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--js-flags=--expose-gc',
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

  results.render = [];
  for (const { name, options, label, target } of RENDER_CASES) {
    process.stdout.write(`Timing ${label}…\n`);
    await open();
    const markup = await page.evaluate((n, o) => bench.markup(n, o), name, options);
    const samples = { folio: { first: [], repeat: [] }, floor: { first: [], repeat: [] } };
    for (let i = 0; i < PAGES; i++) {
      // Alternate which side goes first, so that drift hits both alike.
      for (const side of i % 2 ? ['floor', 'folio'] : ['folio', 'floor']) {
        await open();
        const [first, ...repeat] = await page.evaluate(
          (n, s, o, m, r) => bench.time(n, s, o, m, r),
          name,
          side,
          options,
          markup,
          RENDERS,
        );
        samples[side].first.push(first);
        samples[side].repeat.push(...repeat);
      }
    }
    const summary = (side) => ({ first: median(samples[side].first), repeat: median(samples[side].repeat) });
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
} finally {
  await browser.close();
  server.close();
}

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/bench-${results.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\n${report(results)}\n\nWritten to ${file}`);

/** Heap in use and live DOM nodes after full garbage collection. */
async function heap(page) {
  await page.evaluate(() => [1, 2, 3].forEach(() => gc()));
  const { JSHeapUsedSize, Nodes } = await page.metrics();
  return { heap: JSHeapUsedSize, nodes: Nodes };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function report({ render, memory, layoutShift, size, modules, chromium, cpu, cores }) {
  const ms = (value) => `${value.toFixed(2)} ms`;
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const lines = [
    `Folio bench · ${chromium} · ${cpu} × ${cores} · ${quick ? 'quick' : 'full'}: ${PAGES} fresh pages × ${RENDERS} renders`,
    '',
    table(
      ['render, connection → laid out', 'Folio', 'floor', 'ratio', 'target'],
      render.flatMap(({ label, folio, floor, target }) => [
        [
          `${label}, first`,
          ms(folio.first),
          ms(floor.first),
          ratio(folio.first, floor.first),
          target ? `≤ ${target}×` : '',
        ],
        [`${label}, repeat`, ms(folio.repeat), ms(floor.repeat), ratio(folio.repeat, floor.repeat), ''],
      ]),
    ),
  ];
  const [few, many] = ['20', '1000'].map((count) =>
    render.find((r) => r.name === 'related' && `${r.options.count}` === count),
  );
  lines.push(
    `related growth 20 → 1,000 items (50× the items; repeat renders): Folio ${ratio(many.folio.repeat, few.folio.repeat)}, static list ${ratio(many.floor.repeat, few.floor.repeat)}`,
    '',
    `memory: ${memory.cycles} mount/unmount cycles of the article: heap ${signedKB(memory.heapGrowth)} (target < 1 MB), DOM nodes ${memory.nodeGrowth >= 0 ? '+' : ''}${memory.nodeGrowth}`,
    `layout shift while 300×250 ads fill the slots: ${layoutShift.reserved.toFixed(4)} (target 0); control without reserved space: ${layoutShift.control.toFixed(4)}`,
    '',
  );
  const floor = size.floor;
  lines.push(
    table(
      ['bytes', 'min', 'gzip -9', 'brotli', 'gzip vs floor', 'target'],
      [
        ['folio.js (drop-in)', 'folio', 1.4],
        ['article entry + deps', 'article'],
        ['share-bar entry + deps', 'share-bar'],
        ['related entry + deps', 'related'],
        ['floor: Lit + DOMPurify', 'floor'],
      ].map(([label, name, target]) => {
        const { min, gzip, brotli } = size[name];
        return [
          label,
          min,
          gzip,
          brotli,
          ratio(gzip, floor.gzip),
          target ? `≤ ${target}× (${Math.floor(floor.gzip * target)} B)` : '',
        ];
      }),
    ),
    '',
    'largest modules of folio.js (each minified and gzipped alone):',
    table(
      ['module', 'min', 'gzip'],
      modules.slice(0, 15).map(({ module, min, gzip }) => [module, min, gzip]),
    ),
  );
  return lines.join('\n');
}

function signedKB(bytes) {
  return `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(1)} kB`;
}

function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}
