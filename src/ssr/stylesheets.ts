/**
 * The elements' styles as files (`folio-article.css`, `folio-share-bar.css`, `folio-related.css`),
 * which server-rendered shadow roots can link to instead of each carrying its own copy: a page of
 * many articles then downloads them once.
 *
 * One file per element, not one for all three: a stylesheet linked in a shadow root applies to
 * that whole tree, and the three elements' rules would reach each other's (each sets its own
 * `:host` display and font, and selectors such as `a`, `img`, `h2` and `.category` recur).
 */
import type { CSSResult } from 'lit';
import { httpUrl } from '../model/url.js';
import { FolioArticle } from '../article/folio-article.js';
import { FolioShareBar } from '../share-bar/folio-share-bar.js';
import { FolioRelated } from '../related/folio-related.js';

const ELEMENTS = {
  'folio-article': FolioArticle,
  'folio-share-bar': FolioShareBar,
  'folio-related': FolioRelated,
};

/** What Lit's server renderer writes into an element's shadow root: its static styles, in order. */
function cssOf(element: (typeof ELEMENTS)[keyof typeof ELEMENTS]): string {
  // Lit flattens `styles` into `elementStyles` when it first needs the class; `finalize` does it now.
  (element as unknown as { finalize(): void }).finalize();
  return element.elementStyles.map((style) => (style as CSSResult).cssText).join('');
}

/** The files' CSS, read once: the styles are the classes', which do not change. */
let files: Record<string, string> | undefined;

/**
 * The CSS of each element's shadow root by file name (`folio-article.css`, `folio-share-bar.css`,
 * `folio-related.css`): what `renderArticle`'s `stylesheets` option links to. The package ships
 * them in `dist/`; a server that serves them from its own routes writes them from here.
 */
export function stylesheets(): Record<string, string> {
  files ??= Object.fromEntries(
    Object.entries(ELEMENTS).map(([tag, element]) => [`${tag}.css`, cssOf(element)]),
  );
  return { ...files };
}

/**
 * A step that rewrites rendered HTML so that each Folio shadow root links to its element's file in
 * `folder` instead of holding a `<style>` (the option's value, guarded like every URL Folio writes).
 * @throws {TypeError} when `folder` is not an absolute http(s) URL.
 */
export function linkingStylesheets(folder: string): (html: string) => string {
  const base = httpUrl(folder);
  if (!base) {
    throw new TypeError(
      `stylesheets: ${JSON.stringify(folder)} is not an absolute http(s) URL: give the address of the folder that serves folio-article.css, folio-share-bar.css and folio-related.css (dist/ of folio-embed).`,
    );
  }
  // A folder, with or without its last slash: its files resolve inside it.
  const url = new URL(base);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const links = new Map(
    Object.entries(stylesheets()).map(([file, css]) => {
      const href = new URL(file, url).href.replaceAll('&', '&amp;');
      return [css, `<link rel="stylesheet" href="${href}">`];
    }),
  );
  return (html) =>
    html.replace(SHADOW_ROOT_STYLE, (style, opening: string, css: string) =>
      links.has(css) ? opening + links.get(css) : style,
    );
}

/** A declarative shadow root's opening tag and the `<style>` Lit's server renderer writes first in it. */
const SHADOW_ROOT_STYLE = /(<template [^>]*shadowrootmode="open"[^>]*>)<style>(.*?)<\/style>/gs;
