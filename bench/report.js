// Turns bench results into tables. Given a baseline (an earlier run's JSON), each of Folio's
// numbers gets a "before" column: `node bench/report.js AFTER.json BEFORE.json` prints a saved
// run as a before/after comparison (`node bench/report.js RUN.json` prints it again alone).
import { readFileSync } from 'node:fs';
import { COLD_TARGETS } from './cold.js';

const ms = (value) => `${value.toFixed(2)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const signed = (value, text) => `${value >= 0 ? '+' : '−'}${text(Math.abs(value))}`;
const kB = (bytes) => signed(bytes, (n) => `${(n / 1024).toFixed(1)} kB`);

export function report(results, baseline) {
  const { render, memory, layoutShift, size, modules, settings } = results;
  const before = (pick) => (baseline ? [pick(baseline)] : []);
  const beforeHeader = (name) => before(() => name);
  const lines = [
    ...(results.cold ? [...coldRender(results.cold, baseline?.cold), ''] : []),
    `Folio bench · ${results.chromium} · ${results.cpu} × ${results.cores} · ${settings.quick ? 'quick' : 'full'}: ` +
      `${settings.pages} fresh pages × ${settings.renders} renders each (first = cold, repeat = later renders)`,
    'Render times are the main thread’s CPU time, medians; the wall-clock ratio is beside them.',
    '',
    table(
      [
        'render, connection → laid out',
        ...beforeHeader('Folio before'),
        'Folio',
        'floor',
        'ratio',
        ...beforeHeader('ratio before'),
        'wall ratio',
        'target',
      ],
      render.flatMap(({ label, folio, floor, target }) =>
        ['first', 'repeat'].map((when) => {
          const old = baseline?.render.find((r) => r.label === label);
          return [
            `${label}, ${when}`,
            ...before(() => (old ? ms(old.folio[when].cpu) : '')),
            ms(folio[when].cpu),
            ms(floor[when].cpu),
            ratio(folio[when].cpu, floor[when].cpu),
            ...before(() => (old ? ratio(old.folio[when].cpu, old.floor[when].cpu) : '')),
            ratio(folio[when].wall, floor[when].wall),
            target && when === 'first' ? `≤ ${target}×` : '',
          ];
        }),
      ),
    ),
  ];
  const growth = ({ render: runs }, side) => {
    const [few, many] = [20, 1000].map((count) =>
      runs.find((r) => r.name === 'related' && r.options.count === count),
    );
    return ratio(many[side].repeat.cpu, few[side].repeat.cpu);
  };
  const was = (text) => (baseline ? ` (before: ${text(baseline)})` : '');
  lines.push(
    `related, 20 → 1,000 items (50× the items, repeat renders): Folio ${growth(results, 'folio')}${was((b) => growth(b, 'folio'))}, ` +
      `static list ${growth(results, 'floor')}`,
    '',
    `memory, ${memory.cycles} mount/unmount cycles of the article: heap ${kB(memory.heapGrowth)}${was((b) => kB(b.memory.heapGrowth))}` +
      ` (target < 1 MB), DOM nodes ${signed(memory.nodeGrowth, String)}`,
    `layout shift while 300×250 ads fill their slots: ${layoutShift.reserved.toFixed(4)}${was((b) => b.layoutShift.reserved.toFixed(4))}` +
      ` (target 0); control without reserved space: ${layoutShift.control.toFixed(4)}`,
    ...(results.ssr ? ['', ...serverRendering(results.ssr, baseline?.ssr)] : []),
    '',
    table(
      ['bytes', 'min', ...beforeHeader('gzip before'), 'gzip -9', 'brotli', 'gzip vs floor', 'target'],
      [
        ['folio.js (drop-in)', 'folio', 1.4],
        ['folio-hydrate.js (drop-in for server-rendered pages)', 'folio-hydrate'],
        ['article entry + deps', 'article'],
        ['share-bar entry + deps', 'share-bar'],
        ['related entry + deps', 'related'],
        ['floor: Lit + DOMPurify', 'floor'],
      ].map(([label, name, target]) => {
        const { min, gzip, brotli } = size[name];
        return [
          label,
          min,
          ...before((b) => b.size[name]?.gzip ?? ''),
          gzip,
          brotli,
          ratio(gzip, size.floor.gzip),
          target ? `≤ ${target}× = ${Math.floor(size.floor.gzip * target)} B` : '',
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

/** The demo article cold from its script, again and updated: Folio against the Lit floor and static HTML. */
export function coldRender(cold, before) {
  const rows = ['cold', 'again', 'update'].map((kind) => {
    const { folio, lit } = cold;
    const against = (side) => (cold[side][kind] ? ratio(folio[kind].cpu, cold[side][kind].cpu) : '');
    const goal = Object.entries(COLD_TARGETS[kind])
      .map(([side, target]) => `≤ ${target}× ${side === 'lit' ? 'Lit floor' : 'static'}`)
      .join('');
    return [
      COLD_LABELS[kind],
      ...(before ? [before.folio[kind] ? ms(before.folio[kind].cpu) : ''] : []),
      ms(folio[kind].cpu),
      ms(lit[kind].cpu),
      cold.static[kind] ? ms(cold.static[kind].cpu) : '',
      against('lit'),
      against('static'),
      `${ratio(folio[kind].wall, lit[kind].wall)}`,
      goal,
    ];
  });
  return [
    'The demo article as a reader waits for it (main-thread CPU time, medians; elements rendered: ' +
      `Folio ${cold.counts.folio}, Lit floor ${cold.counts.lit}):`,
    table(
      [
        'render',
        ...(before ? ['Folio before'] : []),
        'Folio',
        'Lit floor',
        'static',
        'vs Lit floor',
        'vs static',
        'wall vs Lit',
        'goal',
      ],
      rows,
    ),
  ];
}

export const COLD_LABELS = {
  cold: 'cold, from the script: load, define, render, layout',
  again: 'again, a new element on the same page',
  update: 'update, a new article in the same element',
};

/** renderArticle in Node, the first paint of its page against the floor, and the hydration. */
function serverRendering({ renderArticle, firstPaint, hydration }, before) {
  const was = (text) => (before ? ` (before: ${text(before)})` : '');
  return [
    `server rendering: renderArticle in Node ${ms(renderArticle.demo)}${was((b) => ms(b.renderArticle.demo))} for the demo article, ` +
      `${ms(renderArticle.tenTimes)}${was((b) => ms(b.renderArticle.tenTimes))} ten times longer`,
    `first contentful paint of the server-rendered page ${ms(firstPaint.folio)}, of the same markup as static HTML ${ms(firstPaint.floor)}: ` +
      `${ratio(firstPaint.folio, firstPaint.floor)}${was((b) => ratio(b.firstPaint.folio, b.firstPaint.floor))} (target ≤ ${firstPaint.target}×)`,
    `hydration by folio-hydrate.js, from its script to every element taken over: ${ms(hydration)}${was((b) => ms(b.hydration))}`,
  ];
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const [results, baseline] = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, 'utf8')));
  if (!results) {
    console.error('Usage: node bench/report.js RESULTS.json [BASELINE.json]');
    process.exit(1);
  }
  console.log(report(results, baseline));
}
