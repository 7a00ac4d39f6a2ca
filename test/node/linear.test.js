// Linear time on hostile input: each shape below once froze a reader's main thread for seconds
// (time quadratic in its size). Each is timed at two sizes; doubling the size may at most triple
// the CPU time, a ratio that holds on a slow or busy machine. Run by `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const { outputFiles } = await build({
  stdin: {
    contents: `export { normalizeArticle } from './src/model/index.ts';
      export { LINKS } from './src/share-bar/networks.ts';`,
    resolveDir: root.pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { normalizeArticle, LINKS } = await import(
  `data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`
);

const read = (input) => {
  try {
    normalizeArticle(input, { onWarning() {} });
  } catch (error) {
    if (error.name !== 'FolioInputError') throw error;
  }
};
const jsonFeed = (item) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: [{ id: '1', url: 'https://a.example/1', ...item }],
});
const schemaOrg = (fields) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'T',
  ...fields,
});
const wordPress = (fields) => ({ link: 'https://a.example/1', title: { rendered: 'T' }, ...fields });

/** Each hostile shape, as a function of its size in characters. */
const SHAPES = {
  'a key of dots (the path of its warning)': (n) => ({ title: 'T', ['.'.repeat(n)]: 1 }),
  'a key of dots and brackets': (n) => ({ title: 'T', ['.[0]'.repeat(n / 4)]: 1 }),
  'a long unknown key (did you mean)': (n) => ({ title: 'T', ['titel'.repeat(n / 5)]: 1 }),
  'spaces in content_text': (n) => jsonFeed({ content_text: `a${' '.repeat(n)}b\nc` }),
  'lines of spaces in content_text': (n) => jsonFeed({ content_text: `a${' \n'.repeat(n / 2)}b` }),
  'spaces in articleBody': (n) => schemaOrg({ articleBody: `a${' '.repeat(n)}b` }),
  '<a repeated in articleBody': (n) => schemaOrg({ articleBody: '<a'.repeat(n / 2) }),
  '<a repeated in WordPress content': (n) => wordPress({ content: { rendered: '<a'.repeat(n / 2) } }),
  '<a repeated in a WordPress excerpt': (n) => wordPress({ excerpt: { rendered: '<a'.repeat(n / 2) } }),
  '<script repeated, never closed': (n) => wordPress({ content: { rendered: '<script>'.repeat(n / 8) } }),
  '<!-- repeated, never closed': (n) => wordPress({ content: { rendered: '<!--'.repeat(n / 4) } }),
};

/**
 * The best of five times of `run`, in milliseconds of this process's CPU time: other work on the
 * machine does not count, as it would in wall-clock time.
 */
function time(run) {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(start);
    best = Math.min(best, (user + system) / 1000);
  }
  return best;
}

/** Doubling the size of the input at most triples the time: linear, with room for noise. */
function assertLinear(name, run, size) {
  run(size / 4); // warm up
  const small = time(() => run(size));
  const large = time(() => run(size * 2));
  // Below 200 ms noise (a collection, the clock's grain) decides; a quadratic shape takes seconds
  // at these sizes.
  assert.ok(
    large < Math.max(small * 3, 200),
    `${name}: ${small.toFixed(1)} ms at ${size}, ${large.toFixed(1)} ms at ${size * 2}`,
  );
}

for (const [name, shape] of Object.entries(SHAPES)) {
  test(`linear: ${name}`, () => {
    const inputs = new Map([100_000, 200_000].map((n) => [n, shape(n)]));
    assertLinear(name, (n) => read(inputs.get(n) ?? shape(n)), 100_000);
  });
}

test('linear: the X share link of a very long title (clipped by graphemes)', () => {
  const x = (n) => LINKS.x({ url: 'https://a.example/1', text: 'é'.repeat(n), hashtags: ['€'.repeat(n)] });
  assertLinear('X share link', x, 100_000);
  // Still clipped as before: a text too long for the post ends in an ellipsis.
  const clipped = LINKS.x({ url: 'https://a.example/1', text: 'é'.repeat(1_000), hashtags: [] });
  assert.match(clipped, /text=(%C3%A9){200,}%E2%80%A6&/);
});
