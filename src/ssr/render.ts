/**
 * `folio-embed/ssr`: `<folio-article>` rendered on a server (Node 20 or later) with Lit's own
 * server renderer (and in a Worker: `edge.ts`). The HTML holds the article, its share bar and its carousel as declarative
 * shadow DOM, readable with no script at all, and the article as inline JSON, from which the
 * drop-in (`folio.js`) takes the markup over in place.
 *
 * Needs the optional peer dependencies `@lit-labs/ssr` and `jsdom` (`domino` in a Worker): the
 * body's HTML goes through the same sanitizer as in a browser (DOMPurify with Folio's policy
 * and URL guard), here on the server DOM the entry chose (`server-dom.ts`).
 */
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Article } from '../model/article.js';
import { normalizeArticle } from '../model/normalize.js';
import { logWarning } from '../model/reading.js';
import type { FolioWarning } from '../model/reading.js';
import { needsBrowser } from '../model/networks.js';
import { httpUrl } from '../model/url.js';
import { markRead } from '../model/read-again.js';
import { scriptJson } from '../internal/json.js';
import { htmlToText } from '../internal/sanitize.js';
import { loadTranslation } from '../internal/translations.js';
import { hiddenParts } from '../article/hidden-parts.js';
import type { HideablePart } from '../article/hidden-parts.js';
import { JSON_LD_MARK } from '../article/json-ld-script.js';
import { NORMALIZED_MARK } from '../article/inline-json.js';
import { jsonLdOf } from '../article/json-ld-writer.js';
import { writeBodyOnServerWith } from '../article/blocks.js';
import { useMoreNetworks } from '../share-bar/more.js';
import * as moreNetworks from '../share-bar/more-networks.js';
import '../article/define.js';
import { checkArticleSize, checkInputSize, DEFAULT_LIMITS } from './limits.js';
import type { RenderLimits } from './limits.js';
import { nextTask, serverRenderer } from './server-dom.js';
import { linkingStylesheets } from './stylesheets.js';

export type { RenderLimits };
export { stylesheets } from './stylesheets.js';

// A server's page is written at once: every share mark is at hand, none loads later.
useMoreNetworks(moreNetworks);

// The body's sanitized nodes, written out as HTML: the browser that reads the page builds the same nodes.
writeBodyOnServerWith((markup) => {
  const box = markup.ownerDocument.createElement('div');
  box.append(markup);
  return unsafeHTML(box.innerHTML);
});

/** What `renderArticle` does; each option does what the attribute or property of the same name does on `<folio-article>`. */
export interface RenderOptions {
  /** The language of the UI strings and dates when the article declares none (the element's `lang`). Default: English. */
  lang?: string;
  /** Space-separated parts to leave out: `share`, `related`, `image`, `byline`. */
  hide?: string;
  /** Also write the article as a schema.org `NewsArticle` `<script type="application/ld+json">` child. */
  emitJsonLd?: boolean;
  /**
   * The address the article is read at (what `src` is to the element): relative URLs in the input
   * resolve against it, and the share bar shares it when the input names no url of its own. Without
   * either, the share bar is left out (in a browser it shares the page's address, which a server
   * cannot know).
   */
  url?: string;
  /** Called for each part of the input that was repaired or left out. Default: a console warning, as the element gives. */
  onWarning?: (warning: FolioWarning) => void;
  /** What one render may hold (bytes of JSON, blocks, related articles); past a limit the render rejects with a `FolioInputError`. */
  limits?: Partial<RenderLimits>;
  /**
   * The absolute http(s) URL of a folder serving `folio-article.css`, `folio-share-bar.css` and
   * `folio-related.css` (the package's `dist/`, or files written from `stylesheets()`): each shadow
   * root then links to its element's file instead of holding the CSS, so a page of many articles
   * carries it once. Default: the CSS inline in every shadow root, for pages that cannot serve a file.
   */
  stylesheets?: string;
}

/**
 * Renders `input` (any format `<folio-article>` reads) as the HTML of a `<folio-article>` element
 * with declarative shadow DOM (`<template shadowrootmode="open">`), for the article and for its
 * share bar and carousel inside it.
 * @throws {TypeError} when the `stylesheets` option is not an absolute http(s) URL.
 * @throws {FolioInputError} (as a rejection) with the message the element would show for the same input.
 */
export async function renderArticle(input: unknown, options: RenderOptions = {}): Promise<string> {
  const styled = options.stylesheets === undefined ? undefined : linkingStylesheets(options.stylesheets);
  const { renderToString } = await serverRenderer();
  await nextTask();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  checkInputSize(input, limits);
  const warn = options.onWarning ?? logWarning;
  const hidden = hiddenParts(options.hide);
  const src = httpUrl(options.url);
  const normalized = normalizeArticle(input, { src, htmlToText, onWarning: warn });
  checkArticleSize(normalized, limits);
  // Read once: the element renders its text as it is, without decoding it a second time.
  const article = markRead(prepare(normalized, src, hidden, warn));
  // The elements render at once on a server: the strings of the article's language must be here first.
  await loadTranslation(article.lang || options.lang || 'en');
  // The client reads the article back from this script, marked as read: its text is not decoded again.
  const json = scriptJson(article);
  const jsonLd = options.emitJsonLd
    ? `<script type="application/ld+json" ${JSON_LD_MARK}>${jsonLdOf(article)}</script>`
    : '';
  const children = unsafeHTML(`<script type="application/json" ${NORMALIZED_MARK}>${json}</script>${jsonLd}`);
  // One line: the spaces of a tag written over several would be in every page.
  // prettier-ignore
  const result = renderToString(html`<folio-article lang=${options.lang || nothing} hide=${[...hidden].join(' ') || nothing} ?emit-jsonld=${options.emitJsonLd} .article=${article}>${children}</folio-article>`);
  // The markers around the element belong to this wrapping template, which nothing hydrates.
  const element = result
    .replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?|<!--\/lit-part-->$/g, '')
    .replace(/^<folio-article([^>]*)>/, (_, attributes: string) => `<folio-article${tidy(attributes)}>`);
  return styled ? styled(element) : element;
}

/** The element's attributes one space apart: Lit leaves the spaces of those it left out. Values are escaped. */
const tidy = (attributes: string) =>
  (attributes.match(/[^\s=]+(?:="[^"]*")?/g) ?? []).map((attribute) => ` ${attribute}`).join('');

/** The article as the client will read it back: with `url`, and without what only a browser can decide. */
function prepare(
  article: Article,
  src: string | undefined,
  hidden: Set<HideablePart>,
  warn: (warning: FolioWarning) => void,
): Article {
  const url = article.url ?? src;
  const networks = article.share?.networks;
  const shown = networks?.filter((network) => !needsBrowser(network));
  if (networks && shown!.length < networks.length) {
    warn({
      path: 'share.networks',
      message:
        'share.networks: "native" was left out: only the reader\'s browser knows whether it can share.',
    });
  }
  if (!url && !hidden.has('share')) {
    hidden.add('share');
    warn({
      path: 'url',
      message: 'url is missing, so the share bar was left out: give the article a url, or the url option.',
    });
  }
  return { ...article, url, share: article.share && { ...article.share, networks: shown } };
}
