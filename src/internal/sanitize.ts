/**
 * The sanitizer: the one module that decides what HTML from input lives. Every HTML string from
 * input goes through `sanitizeHtml` before it reaches the DOM, on one of two paths with one output:
 * - where the browser has the HTML Sanitizer API (`setHTML` with a `Sanitizer`), the browser
 *   parses and sanitizes, and a walk here does what a `Sanitizer` config cannot say (below);
 * - elsewhere, and always on a server, DOMPurify (purify.ts), loaded on first use: `sanitizerReady`.
 * Both keep the same elements and attributes, unwrap every other element but keep its text, drop
 * the same elements with their content (DOMPurify's list), and pass every element they keep to
 * the same URL guard. docs/security.md lists what still differs, and why.
 *
 * Trusted Types: `setHTML` is not a sink, so the platform path needs no policy. DOMPurify parses
 * the input into an inert document, and receives `TrustedHTML` from the `folio` policy for it (see
 * trusted-types.ts). The result is a `DocumentFragment` that is inserted as nodes, never serialized
 * and parsed again: no second sink, and no serialize/re-parse round trip for mutation XSS to exploit.
 *
 * On a server (`folio-embed/ssr`, on jsdom) the page is text, so the nodes are written out as HTML
 * once, as DOMPurify's own string output is; the browser that hydrates the page keeps those nodes.
 */
import type { Config, WindowLike } from 'dompurify';
import { policy } from './trusted-types.js';
import { isExternal, safeUrl } from '../model/url.js';
import { degradeEmbeds } from './embeds.js';
import { onDemand } from './on-demand.js';

const words = (list: string) => list.split(/\s+/);

const URL_ATTRIBUTES = words('href src cite');

/**
 * Article HTML is prose: inline formatting, headings, lists, quotes, figures, tables, images and
 * links. Headings keep their level, `<h1>` included: the body fits them under the article's title.
 */
const ALLOWED_TAGS = words(
  'a abbr b bdi bdo blockquote br caption cite code data dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr',
);

const ALLOWED_ATTR = words(
  'alt cite colspan datetime dir height href lang loading rowspan scope src start reversed title value width',
);

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
  // `null` when the page refuses the policy or has no Trusted Types: DOMPurify then creates no
  // policy of its own, so `folio` stays the only name a host has to allow.
  TRUSTED_TYPES_POLICY: policy ?? null,
} satisfies Config;

/**
 * DOMPurify keeps every `aria-*` attribute; a `Sanitizer` takes names only, so the platform path
 * keeps those of WAI-ARIA 1.3 (real-world HTML marks decorative parts `aria-hidden`).
 */
const ARIA_ATTRIBUTES = words(
  'activedescendant atomic autocomplete braillelabel brailleroledescription busy checked colcount colindex colindextext colspan controls current describedby description details disabled dropeffect errormessage expanded flowto grabbed haspopup hidden invalid keyshortcuts label labelledby level live modal multiline multiselectable orientation owns placeholder posinset pressed readonly relevant required roledescription rowcount rowindex rowindextext rowspan selected setsize sort valuemax valuemin valuenow valuetext',
).map((name) => `aria-${name}`);

/**
 * Elements removed with their content on the platform path, as DOMPurify removes them (its
 * `FORBID_CONTENTS`): scripts, styles, media, templates, titles, SVG and MathML. Every other element
 * that is not allowed is replaced by its content. The browser removes `script`, `iframe`, `object`,
 * `embed` and `frame` with their content whatever the config says.
 */
const DROPPED_WITH_CONTENT = [
  ...words(
    'annotation-xml audio colgroup desc foreignobject head iframe math mi mn mo ms mtext noembed noframes noscript plaintext script selectedcontent style svg template title video xmp',
  ),
  { name: 'svg', namespace: 'http://www.w3.org/2000/svg' },
  { name: 'math', namespace: 'http://www.w3.org/1998/Math/MathML' },
];

/** How the sanitizer turns HTML into nodes, before the URL guard and headings: one per path. */
interface Path {
  /** The page's document (or a server DOM's): embeds.ts rewrites players there, against its base URL. */
  document: Document;
  /** `html` as sanitized nodes, each URL passed by the URL guard, relative ones resolved against `base`. */
  parse(html: string, base: string | undefined): DocumentFragment;
}

/** `Document.parseHTML`, which the DOM typings do not have yet. */
type ParseHTML = (html: string, options: { sanitizer: Sanitizer }) => Document;

/** True where the browser sanitizes HTML itself (Chromium and Firefox today; not WebKit, nor a server). */
export const hasPlatformSanitizer = () => typeof Sanitizer === 'function' && 'parseHTML' in Document;

let platform: Path | undefined;

/**
 * The browser's own sanitizer. It parses a whole document, as DOMPurify does, so that both read
 * the same HTML the same way, and returns the body's content: nothing in that document loads or runs.
 */
function platformPath(): Path {
  const parseHTML = (Document as unknown as { parseHTML: ParseHTML }).parseHTML;
  const sanitizer = new Sanitizer({
    removeElements: DROPPED_WITH_CONTENT,
    // An allow-list, always: without one, Chromium 156 crashes on `onstart` and Firefox 153 keeps it.
    attributes: [...ALLOWED_ATTR, ...ARIA_ATTRIBUTES],
    comments: false,
    // Chromium parses `<?…>` into processing instructions, and keeps them unless told not to.
    processingInstructions: [],
    dataAttributes: false,
  } as SanitizerConfig);
  const allowed = new Set(ALLOWED_TAGS);
  return {
    document,
    parse(html, base) {
      const parsed = parseHTML(html, { sanitizer });
      const fragment = parsed.createDocumentFragment();
      // HTML that opens with <frameset> has no body, and DOMPurify returns nothing for it.
      const body = parsed.body?.localName === 'body' ? parsed.body : undefined;
      if (!body) return fragment;
      // Last first, so that an element's content is done before the element is unwrapped.
      for (const element of [...body.querySelectorAll('*')].reverse()) {
        if (!allowed.has(element.localName)) element.replaceWith(...element.childNodes);
        else {
          for (const { name, value } of [...element.attributes]) {
            const kept = keptValue(name, value);
            if (kept === undefined) element.removeAttribute(name);
            else if (kept !== value) element.setAttribute(name, kept);
          }
          guardUrls(element, base);
        }
      }
      // The parser drops the whitespace before the first tag, and DOMPurify puts it back.
      const leading = /^[\r\n\t ]+/.exec(html);
      if (leading) fragment.append(leading[0]);
      fragment.append(...body.childNodes);
      return fragment;
    },
  };
}

/** Values that could close a raw-text element or a comment, were the HTML written out and parsed again. */
const BREAKOUT = /(--!?|\])>|<\/(?:style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)|\/>/i;
/** A value DOMPurify reads as a URL it allows, once the characters a URL parser may skip are gone. */
const ALLOWED_URI =
  /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i;
const URI_WHITESPACE = /[\0- \xa0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

/**
 * An attribute's value as DOMPurify keeps it, or `undefined` where it drops the attribute: trimmed,
 * without a breakout, and, but in text attributes, without a scheme it does not allow.
 */
function keptValue(name: string, value: string): string | undefined {
  if (name !== 'value') value = value.trim();
  if (BREAKOUT.test(value)) return undefined;
  if (!value || /^(alt|title|value|aria-.*)$/.test(name)) return value;
  return ALLOWED_URI.test(value.replace(URI_WHITESPACE, '')) ? value : undefined;
}

const dompurify = onDemand('HTML sanitizer', () => import('./purify.js'));

/** The window DOMPurify works in: the one `useWindow` named, else the page's. */
let purifyWindow: WindowLike | undefined;
let purified: (Path & { window: WindowLike }) | undefined;

/**
 * The DOMPurify path, for `window`. A test switch, `globalThis.folioForceDOMPurify = true`, makes
 * a browser with a sanitizer of its own take this path too, so that tests run both.
 */
const wantsDOMPurify = () =>
  Boolean(purifyWindow) ||
  !hasPlatformSanitizer() ||
  (globalThis as { folioForceDOMPurify?: boolean }).folioForceDOMPurify === true;

/**
 * Binds the sanitizer to `window` with DOMPurify: a server DOM's (jsdom), where there is no page
 * (`folio-embed/ssr`). The same policy and URL guard apply. Takes effect at once when
 * DOMPurify has loaded; before that, once `sanitizerReady()` resolves.
 */
export function useWindow(window: WindowLike): void {
  purifyWindow = window;
  void dompurify.load().catch(() => {}); // `sanitizerReady` reports a failure where it is awaited
}

/**
 * The load still under way before `sanitizeHtml` can run, or `undefined` when it can run now
 * (always where the browser has a sanitizer of its own). `await sanitizerReady()` waits either
 * way; it rejects, with a message for the reader, when DOMPurify's file cannot be loaded.
 */
export function sanitizerReady(): Promise<void> | undefined {
  if (!wantsDOMPurify() || dompurify.loaded) return undefined;
  return dompurify.load().then(() => {});
}

function path(): Path {
  if (!wantsDOMPurify()) return (platform ??= platformPath());
  const module = dompurify.loaded;
  if (!module) throw new Error('Folio: the HTML sanitizer is still loading: await sanitizerReady() first.');
  const window = purifyWindow ?? (globalThis.window as WindowLike);
  if (purified?.window !== window) {
    purified = {
      window,
      document: window.document as Document,
      parse: module.purifier(window, CONFIG, guardUrls),
    };
  }
  return purified;
}

/** Links and images go through the URL guard, and links that leave the page open safely. */
function guardUrls(node: Element, base: string | undefined): void {
  for (const name of URL_ATTRIBUTES) {
    if (!node.hasAttribute(name)) continue;
    const url = safeUrl(node.getAttribute(name), base);
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
 * every URL passed through the URL guard. Throws while `sanitizerReady()` is still loading.
 */
export function sanitizeHtml(html: string, base?: string): DocumentFragment {
  const { document, parse } = path();
  return parse(degradeEmbeds(html, document), base);
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
