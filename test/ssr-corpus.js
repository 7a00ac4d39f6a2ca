// The hostile corpus through the server path: every payload of test/safety/vectors.ts in the
// fields of every input format that `<folio-article>` reads (the fields of test/safety/entries.ts),
// rendered by `folio-embed/ssr` on one of its server DOMs, then read as a browser reads the page
// (jsdom's parser follows the HTML standard) and checked with the browser matrix's own `hazards`.
// Each server DOM runs in a process of its own (test/ssr-corpus/), since the sanitizer binds one
// window per process; CI runs them with a time limit (`node --test test/ssr-corpus/`).
//
// A deterministic share, to hold within CI's time: each payload goes through every third kind of
// input, and there fills the fields of one layer of fields (fields whose values land in different
// places), in turn. FOLIO_CORPUS=full runs every payload in every field (minutes on each DOM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { buildForNode } from './server/ssr.js';

// The fixtures and the checks read the page they run in: a test page's address, and jsdom's DOM.
// The window only parses: it takes no listeners, for the reason src/ssr/jsdom-window.ts gives.
const { window } = new JSDOM('', { url: 'http://127.0.0.1:8000/test/page.html' });
window.addEventListener = () => {};
Object.assign(globalThis, {
  location: window.location,
  document: window.document,
  HTMLTemplateElement: window.HTMLTemplateElement,
});

const full = process.env.FOLIO_CORPUS === 'full';
/** Outside a full run, each kind of input takes every SHARE-th payload, the next kind the next ones. */
const SHARE = 3;

/** What could run in `html`, read as a browser parses a page; Folio's own styles and inline JSON left out. */
function hazardsIn(html, { hazards, allElements }) {
  const page = new window.DOMParser().parseFromString(html, 'text/html');
  for (const template of allElements(page).filter((element) => element.matches('template[shadowrootmode]'))) {
    while (template.content.firstElementChild?.localName === 'style') template.content.firstElementChild.remove();
  }
  // The article as data for the client: a script of a type no browser runs, holding JSON.
  const data = page.querySelector('body > folio-article > script[type="application/json"]');
  if (data) {
    JSON.parse(data.textContent);
    data.remove();
  }
  return hazards(page.body);
}

/** Waits for the next task: jsdom lets each parsed page go only once the job that made it ends. */
const nextTask = () => new Promise((resolve) => setImmediate(resolve));

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

const MARK = 'folio-corpus-mark';
const marks = (input) => JSON.stringify(input).split(MARK).length - 1;
const withMark = (field) => field.props([MARK]).article;

/**
 * The fields in as few inputs as can hold them: each input puts a value in every field of a
 * layer at once (a render is the slow part). A field joins a layer only if the merged input
 * still holds the value of every field in it (fields that write the same place go in layers apart).
 */
function layers(fields) {
  const packed = [];
  for (const field of fields) {
    const layer = packed.find(
      (layer) => marks(merge(layer.input, withMark(field))) === layer.marks + marks(withMark(field)),
    );
    if (layer) {
      layer.fields.push(field);
      layer.input = merge(layer.input, withMark(field));
      layer.marks += marks(withMark(field));
    } else packed.push({ fields: [field], input: withMark(field), marks: marks(withMark(field)) });
  }
  return packed.map(({ fields }) => fields);
}

/**
 * The fields of one kind of input: its format, and whether it is a whole feed, graph or post with
 * embedded items rather than one item (those two do not merge into one input).
 */
function kind(entry) {
  const input = entry.props(['x']).article;
  const format = entry.name.match(/^<folio-article> (JSON Feed|WordPress|JSON-LD) /)?.[1] ?? 'Folio';
  const wrapper = Array.isArray(input)
    ? ['list']
    : Object.keys(input).filter((key) => /^(version|items|@graph|_embedded)$/.test(key));
  return [format, ...wrapper].join(' ');
}
/**
 * Registers the tests for the server DOM of `folio-embed/ssr`'s entry `entry` (`ssr`: jsdom,
 * `ssr-edge`: domino), built from src/ for Node.
 */
export async function corpusTests(entry) {
  const out = await buildForNode(
    { entries: 'test/safety/entries.ts', inspect: 'test/safety/inspect.ts', vectors: 'test/safety/vectors.ts' },
    `folio-ssr-corpus-${entry}`,
  );
  const { renderArticle } = await import(new URL(`${entry}.js`, out));
  const { entries } = await import(new URL('entries.js', out));
  const inspect = await import(new URL('inspect.js', out));
  const { vectors } = await import(new URL('vectors.js', out));
  const options = { url: new URL('/__folio/void/a/1', location.href).href, hide: '', onWarning: () => {} };
  const check = async (input) => {
    const found = hazardsIn(await renderArticle(input, options), inspect);
    await nextTask();
    return found;
  };

  /** What could run when `value` is in every field of `layer`; an input the reader refuses goes again one field at a time. */
  async function inject(layer, value) {
    const input = layer.map((field) => field.props([value]).article).reduce(merge);
    try {
      return (await check(input)).map(
        (hazard) => `${JSON.stringify(value)} in ${layer.map(({ name }) => name).join(', ')}: ${hazard}`,
      );
    } catch (error) {
      if (error.name !== 'FolioInputError') throw error;
      if (layer.length === 1) return [];
      const found = [];
      for (const field of layer) found.push(...(await inject([field], value)));
      return found;
    }
  }

  const served = entries.filter((field) => field.tag === 'folio-article');
  const kinds = new Map();
  for (const field of served) kinds.set(kind(field), [...(kinds.get(kind(field)) ?? []), field]);

  test('the corpus reaches every input format the server renders, and the check sees what would run', async () => {
    assert.ok(served.length >= 60, `${served.length} fields`);
    assert.ok(vectors.length >= 600, `${vectors.length} vectors`);
    assert.ok(kinds.size >= 6, [...kinds.keys()].join('; '));
    // Folio's own markup holds nothing the check reports, in every format.
    for (const fields of kinds.values()) {
      assert.deepEqual(await check(fields.map((field) => field.props(['Plain words']).article).reduce(merge)), []);
    }
    // Live markup is seen inside a shadow root as at the top, and a second script beside the data.
    const live = '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>';
    const page = `<folio-article><template shadowrootmode="open"><style></style>${live}</template><script type="application/json">{}</script><script>alert(1)</script></folio-article>`;
    assert.equal(hazardsIn(page, inspect).length, 3);
  });

  for (const [kindIndex, [name, fields]] of [...kinds].entries()) {
    const inLayers = layers(fields);
    const payloads = vectors.filter((_, index) => full || (index + kindIndex) % SHARE === 0);
    const share = full
      ? 'every payload in every field'
      : `${payloads.length} payloads over its ${inLayers.length} layer(s) of fields in turn`;
    test(`${name} input, ${fields.length} fields, ${share}: nothing that could run in the server HTML`, async () => {
      const problems = [];
      for (const [index, value] of payloads.entries()) {
        for (const layer of full ? inLayers : [inLayers[index % inLayers.length]]) {
          problems.push(...(await inject(layer, value)));
        }
      }
      assert.deepEqual(problems, []);
    });
  }
}
