/**
 * The sanitizer: the only module that imports DOMPurify. Every HTML string from input goes
 * through `sanitizeHtml` before it reaches the DOM.
 *
 * Trusted Types: the one HTML sink here is DOMPurify parsing the input into an inert document,
 * and it receives `TrustedHTML` from the `folio` policy (see trusted-types.ts). The sanitized
 * result is a `DocumentFragment` that is inserted as nodes, never serialized and parsed again: no
 * second sink, and no serialize/re-parse round trip for mutation XSS to exploit.
 *
 * On a server (`folio-embed/ssr`, on jsdom) the page is text, so the nodes are written out as HTML
 * once, as DOMPurify's own string output is; the browser that hydrates the page keeps those nodes.
 */
import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier, WindowLike } from 'dompurify';
import { policy } from './trusted-types.js';
import { isExternal, safeUrl } from '../model/url.js';
import { degradeEmbeds } from './embeds.js';

const words = (list: string) => list.split(/\s+/);

const URL_ATTRIBUTES = words('href src cite');

/**
 * Article HTML is prose: inline formatting, headings, lists, quotes, figures, tables, images and
 * links. Headings keep their level, `<h1>` included: the body fits them under the article's title.
 */
const CONFIG = {
  ALLOWED_TAGS: words(
    'a abbr b bdi bdo blockquote br caption cite code data dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr',
  ),
  ALLOWED_ATTR: words(
    'alt cite colspan datetime dir height href lang loading rowspan scope src start reversed title value width',
  ),
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
  // `null` when the page refuses the policy or has no Trusted Types: DOMPurify then creates no
  // policy of its own, so `folio` stays the only name a host has to allow.
  TRUSTED_TYPES_POLICY: policy ?? null,
} satisfies Config;

/**
 * A private instance per window: our hooks must not change how the host app's own DOMPurify
 * behaves. Made on first use, for the page's window, unless `useWindow` named another first.
 */
let purify: Purifier | undefined;
/** The document of that window, where the sanitized nodes are made. */
let home: Document;

/**
 * Binds the sanitizer to `window`: the page's own in a browser, a server DOM's (jsdom) where there
 * is no page (`folio-embed/ssr`). The same policy, hooks and URL guard apply to either.
 */
export function useWindow(window: WindowLike): void {
  purify = DOMPurify(window);
  home = window.document as Document;
  // Read the config once: DOMPurify otherwise rebuilds its tag and attribute sets on every call (a
  // fifth of each call's time). `sanitize` still receives it below, for the return type.
  purify.setConfig(CONFIG);
  purify.addHook('afterSanitizeAttributes', guardUrls);
}

function purifier(): Purifier {
  if (!purify) useWindow(window);
  return purify!;
}

/** The article URL that relative links in the HTML being sanitized resolve against. */
let currentBase: string | undefined;

/** Links and images go through the URL guard, and links that leave the page open safely. */
function guardUrls(node: Element): void {
  for (const name of URL_ATTRIBUTES) {
    if (!node.hasAttribute(name)) continue;
    const url = safeUrl(node.getAttribute(name), currentBase);
    if (url) node.setAttribute(name, url);
    else node.removeAttribute(name);
  }
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    if (isExternal(node.getAttribute('href')!)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (node.tagName === 'IMG') {
    if (!node.hasAttribute('src')) node.remove();
    else node.setAttribute('loading', 'lazy');
  }
}

/**
 * Returns `html` as nodes ready to insert, with players made links (see embeds.ts), everything
 * that could run script removed, relative links resolved against `base` (the article's URL), and
 * every URL passed through the URL guard.
 */
export function sanitizeHtml(html: string, base?: string): DocumentFragment {
  // DOMPurify parses each string into a new document, which is cheap (about 0.05 ms a block).
  // Cleaning in place inside one shared document was measured 20 times slower: that document keeps
  // every NodeIterator DOMPurify makes until garbage collection, and each removal updates them all.
  const purify = purifier();
  currentBase = base;
  try {
    // DOMPurify returns null when the HTML leaves it no body to read (it opens with <frameset>).
    return purify.sanitize(degradeEmbeds(html, home), CONFIG) ?? home.createDocumentFragment();
  } finally {
    currentBase = undefined;
  }
}

/**
 * True when `source` has a tag, a character reference, or a control character other than tab and
 * line feed. A string without any reads the same as text as it does as HTML (most titles, terms
 * and paragraphs), so it needs no parsing or sanitizing.
 */
export const needsParsing = (source: string) => /[<&\0-\x08\x0b-\x1f]/.test(source);

/** Reads HTML as the plain text a reader would see (for titles that arrive as HTML). */
export function htmlToText(html: string): string {
  const text = needsParsing(html) ? (sanitizeHtml(html).textContent ?? '') : html;
  return text.replace(/\s+/g, ' ').trim();
}
