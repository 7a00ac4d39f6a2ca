// `npm run docs`: fills the generated parts of the pages in docs/, between
// `<!-- generated: KIND [ARG] -->` and `<!-- /generated -->`:
//   api TAG  the element's attributes, properties, events, slots, parts and custom properties,
//            from custom-elements.json (that is, from the JSDoc in src/);
//   bench    the numbers of the newest full run of `npm run bench` in bench/results/ (left as they
//            are when there is none: quick runs and other machines' runs are not copied by hand).
// It also writes src/react/events.ts, the React wrappers' `onFolio…` props, from the same manifest.
// `--check` writes nothing and fails when an api part or that file is out of date (CI runs it).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { COLD_TARGETS } from '../bench/cold.js';
import { COLD_LABELS } from '../bench/report.js';

const DOCS = 'docs';
const RESULTS = 'bench/results';
const check = process.argv.includes('--check');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .map((declaration) => [declaration.tagName, declaration]),
);

const generators = {
  api(tag) {
    const element = elements.get(tag);
    if (!element) throw new Error(`custom-elements.json has no <${tag}>`);
    return api(element);
  },
  bench: () => (check ? undefined : benchNumbers()),
};

const BLOCK = /(<!-- generated: (\w+)(?: ([\w-]+))? -->\n)[\s\S]*?(<!-- \/generated -->)/g;
const stale = [];
for (const name of readdirSync(DOCS).filter((file) => file.endsWith('.md'))) {
  const path = `${DOCS}/${name}`;
  const text = readFileSync(path, 'utf8');
  const next = text.replace(BLOCK, (block, open, kind, arg, close) => {
    const body = generators[kind](arg);
    return body === undefined ? block : `${open}\n${body}\n\n${close}`;
  });
  if (next === text) continue;
  stale.push(path);
  if (!check) writeFileSync(path, next);
}
// The React wrappers' event props, one per event each element's JSDoc says it fires.
const REACT_EVENTS = 'src/react/events.ts';
const reactEvents = reactEventsModule();
if (readFileSync(REACT_EVENTS, 'utf8') !== reactEvents) {
  stale.push(REACT_EVENTS);
  if (!check) writeFileSync(REACT_EVENTS, reactEvents);
}

if (check && stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run docs\` and commit the result.`);
  process.exit(1);
}
if (!check) console.log(stale.length ? `Updated ${stale.join(', ')}` : 'docs/ is up to date');

/** `text` as inline code, or nothing. */
function code(text) {
  return text ? `\`${text}\`` : '';
}

/** An element's public API as Markdown tables. */
function api(element) {
  const fields = element.members.filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );
  return [
    section(
      'Properties and attributes',
      ['property', 'attribute', 'type', 'default', 'description'],
      fields.map((field) => [
        code(field.name),
        field.attribute ? code(field.attribute) : '',
        code(field.type?.text.replace(/ \| undefined$/, '')),
        field.default ? code(field.default) : '',
        field.description,
      ]),
    ),
    section(
      'Events',
      ['event', 'detail', 'description'],
      (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description]),
    ),
    section(
      'Slots',
      ['slot', 'description'],
      (element.slots ?? []).map((slot) => [code(slot.name), slot.description]),
    ),
    section(
      'Parts',
      ['part', 'description'],
      (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
    ),
    section(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (element.cssProperties ?? []).map((property) => [
        code(property.name),
        code(property.default),
        property.description,
      ]),
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function section(title, header, rows) {
  if (!rows.length) return '';
  return [`#### ${title}`, '', table(header, rows)].join('\n');
}

function table(header, rows) {
  const line = (cells) => `| ${cells.map((cell) => cell ?? '').join(' | ')} |`;
  const clean = (cell) =>
    String(cell ?? '')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\|/g, '\\|');
  return [line(header), line(header.map(() => '---')), ...rows.map((row) => line(row.map(clean)))].join('\n');
}

/** Server rendering's rows: `renderArticle` in Node, the first paint of its page, its hydration. */
function serverRows({ renderArticle, firstPaint, hydration }) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  return [
    [
      '`renderArticle` in Node, the demo article (ten times longer)',
      `${ms(renderArticle.demo)} (${ms(renderArticle.tenTimes)})`,
      '',
    ],
    [
      'first contentful paint of the server-rendered page, against the same markup as static HTML',
      `${ms(firstPaint.folio)} vs ${ms(firstPaint.floor)}: ${(firstPaint.folio / firstPaint.floor).toFixed(2)}×`,
      `≤ ${firstPaint.target}×`,
    ],
    ['hydration by `folio-hydrate.js`, from its script to every element taken over', ms(hydration), ''],
  ];
}

/** The newest full bench run as Markdown, or `undefined` when there is none. */
function benchNumbers() {
  let files;
  try {
    files = readdirSync(RESULTS).filter((file) => file.endsWith('.json'));
  } catch {
    return undefined;
  }
  const runs = files
    .sort()
    .reverse()
    .map((file) => ({ file, run: JSON.parse(readFileSync(`${RESULTS}/${file}`, 'utf8')) }));
  const newest = runs.find(({ run }) => !run.settings.quick);
  if (!newest) return undefined;
  const { run } = newest;
  const ms = (value) => value.toFixed(1);
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const renders = run.render.map(({ label, folio, floor, target }) => [
    label,
    `${ms(folio.first.cpu)} / ${ms(folio.repeat.cpu)} ms`,
    `${ms(floor.first.cpu)} / ${ms(floor.repeat.cpu)} ms`,
    `${ratio(folio.first.cpu, floor.first.cpu)} / ${ratio(folio.repeat.cpu, floor.repeat.cpu)}`,
    target ? `≤ ${target}×` : '',
  ]);
  const { folio, floor } = run.size;
  const cold = run.cold
    ? ['cold', 'again', 'update'].map((kind) => {
        const { folio: f, lit, static: flat } = run.cold;
        return [
          COLD_LABELS[kind],
          `${ms(f[kind].cpu)} ms`,
          `${ms(lit[kind].cpu)} ms`,
          flat[kind] ? `${ms(flat[kind].cpu)} ms` : '',
          ratio(f[kind].cpu, lit[kind].cpu),
          flat[kind] ? ratio(f[kind].cpu, flat[kind].cpu) : '',
          Object.entries(COLD_TARGETS[kind])
            .map(([side, target]) => `≤ ${target}× ${side === 'lit' ? 'Lit floor' : 'static'}`)
            .join(''),
        ];
      })
    : [];
  return [
    ...(cold.length
      ? [
          `The demo article as a reader waits for it, in a full run on ${run.date.slice(0, 10)}: ${run.chromium}, ` +
            `${run.cpu} × ${run.cores}; medians of ${run.cold.samples.folio.cold.length} fresh pages per side, main-thread CPU time.`,
          '',
          table(['render', 'Folio', 'Lit floor', 'static', 'vs Lit floor', 'vs static', 'goal'], cold),
          '',
        ]
      : []),
    `A full run on ${run.date.slice(0, 10)}: ${run.chromium}, ${run.cpu} × ${run.cores}; medians of ` +
      `${run.settings.pages} pages × ${run.settings.renders} renders, main-thread CPU time, first render / later ones.`,
    '',
    table(['render', 'Folio', 'floor', 'ratio', 'target'], renders),
    '',
    table(
      ['measurement', 'result', 'target'],
      [
        [
          `heap growth over ${run.memory.cycles} mount/unmount cycles of the article`,
          `${kB(run.memory.heapGrowth)}, ${run.memory.nodeGrowth} DOM nodes`,
          '< 1 MB',
        ],
        [
          'layout shift while ads fill their slots (control without reserved space)',
          `${run.layoutShift.reserved.toFixed(3)} (${run.layoutShift.control.toFixed(3)})`,
          '0',
        ],
        ...(run.ssr ? serverRows(run.ssr) : []),
        [
          '`dist/folio.js`, gzip -9 (brotli, min)',
          `${kB(folio.gzip)} (${kB(folio.brotli)}, ${kB(folio.min)}), ${ratio(folio.gzip, floor.gzip)} the floor of ${kB(floor.gzip)}`,
          '≤ 1.4×',
        ],
      ],
    ),
  ].join('\n');
}

/** src/react/events.ts: each element's events (`@fires`) as `onFolioLoad: 'folio-load'` props. */
function reactEventsModule() {
  const prop = (event) => `on${event.replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase())}`;
  const entries = [...elements]
    .filter(([tag]) => tag)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, element]) => {
      const events = (element.events ?? []).map(({ name }) => `    ${prop(name)}: '${name}',`);
      return `  '${tag}': {\n${events.join('\n')}\n  },`;
    });
  return `// Generated by \`npm run docs\` from custom-elements.json (the \`@fires\` of each element's JSDoc):
// the events each React wrapper takes as \`onFolio…\` props. Do not edit by hand.
export const EVENTS = {
${entries.join('\n')}
} as const;
`;
}
