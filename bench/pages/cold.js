// The browser side of the cold bench (bench/cold.js): each page renders one side once cold, from
// the moment its script starts loading, then again (later renders), then with a new article
// (updates). The sides: Folio's drop-in, the Lit floor (bench/lit-floor.js) and the static
// reference, the final HTML with declarative shadow roots set by `setHTMLUnsafe`, with no script.
// Each measured part lies between two marks that the runner reads from a trace.
import { settled } from './settled.js';

const ARTICLE_URL = new URL('/demo/articles/demo.json', location.href).href;
const TAGS = { folio: 'folio-article', lit: 'floor-article' };

/** The demo article, parsed anew; `edition` > 0 changes its title and first paragraph, as a new article would. */
async function article(edition = 0) {
  const data = await fetch(ARTICLE_URL).then((response) => response.json());
  data.url = ARTICLE_URL; // relative images stay on this server
  if (edition) {
    data.title = `${data.title} (${edition})`;
    data.body[0] = { ...data.body[0], html: `Edition ${edition}: ${data.body[0].html}` };
  }
  return data;
}

/** The node's markup with each shadow root as a declarative one, holding its styles. */
function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) return escape(node.data, /[&<>]/g);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const tag = node.localName;
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${escape(a.value, /[&"]/g)}"`).join('');
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  const root = node.shadowRoot;
  const shadow = root
    ? `<template shadowrootmode="open"><style>${root.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n')}</style>${[...root.childNodes].map(serialize).join('')}</template>`
    : '';
  const children = (tag === 'template' ? [...node.content.childNodes] : [...node.childNodes]).map(serialize);
  return `<${tag}${attributes}>${shadow}${children.join('')}</${tag}>`;
}
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text, pattern) => text.replace(pattern, (c) => ENTITIES[c]);

let element;
let data;

async function measured(work) {
  performance.mark('folio-bench:start');
  const result = await work();
  document.body.getBoundingClientRect(); // style and layout, for the whole document
  performance.mark('folio-bench:end');
  return result;
}

window.bench = {
  /** Folio's render of the demo article, as static markup (on a page of its own). */
  async markup(bundle) {
    await import(bundle);
    const node = Object.assign(document.createElement('folio-article'), { article: await article() });
    document.body.append(node);
    await settled(node);
    return serialize(node);
  },

  /** The data the sides render, fetched before anything is measured. */
  async prepare() {
    data = [await article(), await article(1), await article(2)];
  },

  /** The cold render: `bundle` loaded (parsed, compiled, run), its element defined, rendered, laid out. */
  cold: (side, bundle, markup) =>
    measured(async () => {
      if (side === 'static') return (element = render(markup));
      await import(bundle);
      element = Object.assign(document.createElement(TAGS[side]), { article: data[0] });
      document.body.append(element);
      await settled(element);
    }),

  /** A later render: a new element with the same article (or the same markup set again). */
  again: (side, markup) =>
    measured(async () => {
      element.remove();
      if (side === 'static') return (element = render(markup));
      element = Object.assign(document.createElement(TAGS[side]), { article: data[0] });
      document.body.append(element);
      await settled(element);
    }),

  /** An update: the element given a new article that shares most blocks with the one it shows. */
  update: (side, edition) =>
    measured(async () => {
      element.article = data[edition];
      await settled(element);
    }),

  /** How many elements a side rendered, shadow roots included: the sides should match. */
  count: () => countIn(element),
};

function render(markup) {
  const box = document.createElement('div');
  document.body.append(box);
  box.setHTMLUnsafe(markup);
  return box;
}

const countIn = (node) =>
  [...node.querySelectorAll('*')].reduce(
    (sum, el) => sum + 1 + (el.shadowRoot ? countIn(el.shadowRoot) : 0),
    0,
  ) + (node.shadowRoot ? countIn(node.shadowRoot) : 0);
