// The browser side of the bench. Each case builds the DOM for Folio's side, times it from
// connection until everything (nested elements included) is rendered and laid out, and
// serializes what Folio rendered so the floor can render the very same markup with innerHTML.
import { settled } from './settled.js';

const params = new URLSearchParams(location.search);
const ARTICLES = new URL('/demo/articles/', location.href);
const [articleText, richRelated] = await Promise.all([
  fetch(new URL('demo.json', ARTICLES)).then((response) => response.text()),
  fetch(new URL('related-rich.json', ARTICLES)).then((response) => response.json()),
]);

/** The demo article, parsed anew (no cache can hold on to it), with its body repeated `repeat` times. */
function demoArticle(repeat = 1) {
  const article = JSON.parse(articleText);
  // Relative images resolve against the article URL: keep them on this server.
  article.url = new URL('demo.json', ARTICLES).href;
  article.body = Array.from({ length: repeat }, (_, copy) =>
    article.body.map((block) =>
      block.type === 'ad' && copy ? { ...block, id: `${block.id}-${copy}` } : block,
    ),
  ).flat();
  return article;
}

/** `count` titled related items with images, each with its own URL. */
function relatedItems(count) {
  return Array.from({ length: count }, (_, i) => {
    const item = richRelated[i % richRelated.length];
    const image = { ...item.image, src: new URL(item.image.src, ARTICLES).href };
    return { ...item, url: `${item.url}?n=${i}`, image };
  });
}

const CASES = {
  article: ({ repeat }) =>
    Object.assign(document.createElement('folio-article'), { article: demoArticle(repeat) }),
  related: ({ count }) =>
    Object.assign(document.createElement('folio-related'), { items: relatedItems(count) }),
  'share-bars': ({ count }) => {
    const box = document.createElement('div');
    for (let i = 0; i < count; i++) {
      const bar = document.createElement('folio-share-bar');
      bar.setAttribute('url', `https://folio.example/articles/${i}`);
      bar.setAttribute('headline', `Headline number ${i}`);
      box.append(bar);
    }
    return box;
  },
};

let folio;
/** Loads the drop-in bundle once; the floor's pages never load it. */
const loadFolio = () => (folio ??= import(params.get('bundle')));

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/** Folio's side of a case, rendered, as plain markup: shadow roots inlined, styles included, comments dropped. */
async function markup(name, options) {
  await loadFolio();
  const node = CASES[name](options);
  document.body.append(node);
  await settled(node);
  const styles = new Set();
  const html = serialize(node, styles);
  node.remove();
  return `<style>${[...styles].join('\n')}</style>${html}`;
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

function serialize(node, styles) {
  if (node.nodeType === Node.TEXT_NODE) return escape(node.data, /[&<>]/g);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const tag = node.localName;
  const root = node.shadowRoot;
  if (tag.includes('-') && !root?.childElementCount) throw new Error(`<${tag}> rendered nothing`);
  for (const sheet of root?.adoptedStyleSheets ?? []) {
    // :host rules style the element itself: in the floor, the element is an ordinary one.
    for (const rule of sheet.cssRules)
      styles.add(rule.cssText.replace(/:host\(([^)]*)\)|:host/g, `${tag}$1`));
  }
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${escape(a.value, /[&"]/g)}"`).join('');
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  const children = [...(root ?? node).childNodes].map((child) => serialize(child, styles)).join('');
  return `<${tag}${attributes}>${children}</${tag}>`;
}

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text, pattern) => text.replace(pattern, (c) => ENTITIES[c]);

let prepared;

/**
 * Builds one side of case `name`, not yet connected: Folio's elements, or the floor's empty div
 * and its markup. Collects garbage, so that the measured part does not pay for earlier work.
 */
async function prepare(name, side, options, floorMarkup) {
  if (side === 'folio') await loadFolio();
  prepared =
    side === 'folio'
      ? { node: CASES[name](options) }
      : { node: document.createElement('div'), markup: floorMarkup };
  gc();
}

/**
 * The measured part: connects what `prepare` built, waits until every element in it has
 * rendered (or sets the floor's innerHTML), then lays the page out. The runner reads the
 * marks' timestamps, wall clock and main-thread CPU clock, from a trace.
 */
async function mount() {
  const { node, markup } = prepared;
  performance.mark('folio-bench:start');
  document.body.append(node);
  if (markup === undefined) await settled(node);
  else node.innerHTML = markup;
  node.getBoundingClientRect(); // style and layout, for the whole document
  performance.mark('folio-bench:end');
}

async function unmount() {
  prepared.node.remove();
  prepared = undefined;
  await nextTask();
}

/** Mounts and unmounts a full article `cycles` times, giving timers and observers a turn each time. */
async function cycle(cycles) {
  await loadFolio();
  for (let i = 0; i < cycles; i++) {
    const node = CASES.article({ repeat: 1 });
    document.body.append(node);
    await settled(node);
    node.remove();
    await nextTask();
  }
}

/**
 * The layout shift that filling every ad slot causes once the article has rendered: each slot is
 * scrolled into view (shifts only count on screen), then given a 300×250 ad. `reserve` false
 * sets `--folio-ad-height: 0` as a control, to show that a shift would be seen.
 */
async function adLayoutShift(reserve) {
  await loadFolio();
  const article = CASES.article({ repeat: 1 });
  if (!reserve) article.style.setProperty('--folio-ad-height', '0px');
  document.body.append(article);
  await settled(article);
  // Lazy images only load when scrolled to (and would never decode here): wait for the eager ones.
  const eager = article.shadowRoot.querySelectorAll('img:not([loading="lazy"])');
  await Promise.all([...eager].map((img) => img.decode().catch(() => {})));
  await frame();
  await frame();
  let shift = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
  });
  observer.observe({ type: 'layout-shift' });
  for (const box of article.shadowRoot.querySelectorAll('[part~="ad"]')) {
    box.scrollIntoView({ block: 'center' });
    await frame();
    const ad = document.createElement('div');
    ad.slot = box.querySelector('slot').name;
    ad.style.cssText = 'width: 300px; height: 250px; background: #c9d3dd';
    article.append(ad);
    await frame();
    await frame();
  }
  for (const entry of observer.takeRecords()) if (!entry.hadRecentInput) shift += entry.value;
  observer.disconnect();
  article.remove();
  return shift;
}

window.bench = { markup, prepare, mount, unmount, cycle, adLayoutShift };
