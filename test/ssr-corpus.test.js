// The hostile corpus through the server path: every payload of test/safety/vectors.ts in every
// field of every input format that `<folio-article>` reads (the fields of test/safety/entries.ts),
// rendered by `folio-embed/ssr` on its server DOM, then read as a browser reads the page (jsdom's
// parser follows the HTML standard) and checked with the browser matrix's own `hazards`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { buildForNode } from './server/ssr.js';

// The fixtures and the checks read the page they run in: a test page's address, and jsdom's DOM.
const { window } = new JSDOM('', { url: 'http://127.0.0.1:8000/test/page.html' });
Object.assign(globalThis, { location: window.location, document: window.document });

const out = await buildForNode(
  {
    ssr: 'src/ssr/index.ts',
    entries: 'test/safety/entries.ts',
    inspect: 'test/safety/inspect.ts',
    vectors: 'test/safety/vectors.ts',
  },
  'folio-ssr-hostile',
);
const { renderArticle } = await import(new URL('ssr.js', out));
const { entries } = await import(new URL('entries.js', out));
const { hazards } = await import(new URL('inspect.js', out));
const { vectors } = await import(new URL('vectors.js', out));

const options = { url: new URL('/__folio/void/a/1', location.href).href, onWarning: () => {} };

/** What could run in `html`, read as a browser parses it; each shadow root's own styles left out. */
function hazardsIn(html) {
  // A page of its own, closed after: documents jsdom's DOMParser makes stay alive with its window.
  const { window } = new JSDOM(html);
  globalThis.HTMLTemplateElement = window.HTMLTemplateElement;
  const page = window.document;
  for (const template of page.querySelectorAll('template[shadowrootmode]')) {
    if (template.content.firstElementChild?.localName === 'style') template.content.firstElementChild.remove();
  }
  try {
    return hazards(page.body);
  } finally {
    window.close();
  }
}

/** The leaves an input writes, as paths: two fields that write none in common fit in one input. */
function leaves(value, path = '', into = new Set()) {
  if (Array.isArray(value)) into.add(`${path}[]`);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) leaves(inner, `${path}.${key}`, into);
  else into.add(path);
  return into;
}

/** `a` and `b` in one input: objects merged, lists joined. */
function merge(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const merged = { ...a };
    for (const [key, value] of Object.entries(b)) merged[key] = key in a ? merge(a[key], value) : value;
    return merged;
  }
  return b;
}

/**
 * The fields in as few inputs as can hold them: each input puts a value in every field of a
 * layer at once (a render is the slow part), and fields that write the same leaf go in layers apart.
 */
function layers(fields) {
  const packed = [];
  for (const entry of fields) {
    const written = leaves(entry.props(['x']).article);
    const layer = packed.find((layer) => [...written].every((leaf) => !layer.written.has(leaf)));
    if (layer) {
      layer.entries.push(entry);
      for (const leaf of written) layer.written.add(leaf);
    } else packed.push({ entries: [entry], written });
  }
  return packed.map(({ entries }) => entries);
}

/** What could run when `value` is in every field of `layer`; an input the reader refuses goes again one field at a time. */
async function inject(layer, value) {
  const input = layer.map((entry) => entry.props([value]).article).reduce(merge);
  try {
    return hazardsIn(await renderArticle(input, { ...options, hide: '' })).map(
      (hazard) => `${JSON.stringify(value)} in ${layer.map(({ name }) => name).join(', ')}: ${hazard}`,
    );
  } catch (error) {
    if (error.name !== 'FolioInputError') throw error;
    if (layer.length === 1) return [];
    return (await Promise.all(layer.map((entry) => inject([entry], value)))).flat();
  }
}

/**
 * The fields of one kind of input: its format, and whether it is a whole feed, graph or post with
 * embedded items rather than one item (those two do not merge into one input).
 */
function kind(entry) {
  const input = entry.props(['x']).article;
  const wrapper = Object.keys(input).filter((key) => /^(version|items|@graph|_embedded)$/.test(key));
  return `${entry.name.replace(/^<folio-article> /, '').split(' ')[0]} ${wrapper.join(' ')}`.trim();
}
const served = entries.filter((entry) => entry.tag === 'folio-article');
const kinds = new Map();
for (const entry of served) kinds.set(kind(entry), [...(kinds.get(kind(entry)) ?? []), entry]);

test('the corpus reaches every input format the server renders', () => {
  assert.ok(served.length >= 60, `${served.length} fields`);
  assert.ok(vectors.length >= 600, `${vectors.length} vectors`);
  // And the check sees what would run, inside a shadow root as at the top.
  const live = '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>';
  assert.equal(hazardsIn(`<div><template shadowrootmode="open"><style></style>${live}</template></div>`).length, 2);
});

for (const [name, fields] of kinds) {
  test(`${name} input, ${fields.length} fields: no payload leaves anything that could run in the server HTML`, async () => {
    const problems = [];
    for (const layer of layers(fields)) {
      for (const value of vectors) problems.push(...(await inject(layer, value)));
    }
    assert.deepEqual(problems, []);
  });
}
