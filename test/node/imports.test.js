// The layers of src/: imports go one way (elements → internal → model, and internal → locales),
// with no cycles, type-only imports included. Run by `npm test` in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const files = readdirSync(src, { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(src, file));

/** Every relative import and re-export of a module, `import type` included, as source files. */
const IMPORT = /^\s*(?:import|export)\b[^'"]*?(?:\bfrom\s*)?['"](\.[^'"]+)['"]/gm;
const graph = new Map(
  files.map((file) => [
    relative(src, file),
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, spec]) =>
      relative(src, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))),
    ),
  ]),
);

test('the import graph is read (a broken pattern would find nothing)', () => {
  assert.ok(graph.get('index.ts').includes('model/index.ts'));
});

/** The imports of the files under `from` that reach outside the folders `allowed`. */
const reaching = (from, allowed) =>
  [...graph]
    .filter(([file]) => file.startsWith(from))
    .flatMap(([file, imports]) =>
      imports.filter((to) => !allowed.some((folder) => to.startsWith(folder))).map((to) => `${file} → ${to}`),
    );

test('the model imports nothing outside src/model', () => {
  assert.deepEqual(reaching('model/', ['model/']), []);
});

test('the shared render code imports no element', () => {
  assert.deepEqual(reaching('internal/', ['internal/', 'model/', 'locales/']), []);
});

test('the language files import nothing but the English one, for its type', () => {
  assert.deepEqual(reaching('locales/', ['locales/en.ts']), []);
});

test('no module imports itself through others', () => {
  const cycles = [];
  const done = new Set();
  const visit = (file, trail) => {
    if (trail.includes(file)) return cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
    if (done.has(file)) return;
    for (const to of graph.get(file) ?? []) visit(to, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  assert.deepEqual(cycles, []);
});
