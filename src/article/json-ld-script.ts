/**
 * `emit-jsonld`: search engines read JSON-LD from the light DOM but never look inside shadow
 * roots, so the article is written out once more as a schema.org `NewsArticle` in a
 * `<script type="application/ld+json">` child of the element. The writer loads with the first
 * element that asks for it.
 */
import type { Article } from '../model/article.js';
import { onDemand } from '../internal/on-demand.js';

/** Marks the script Folio writes, so it is never taken for the host's own. */
export const JSON_LD_MARK = 'data-folio-jsonld';

/** The host's own JSON-LD child: the page printed it, Folio did not write it. */
export const HOST_JSON_LD = `:scope > script[type="application/ld+json"]:not([${JSON_LD_MARK}])`;

const writer = onDemand('JSON-LD writer', () => import('./json-ld-writer.js'));
/** The article each host last asked to write, for when the writer arrives. */
const wanted = new WeakMap<HTMLElement, Article | undefined>();

/**
 * Keeps `host`'s JSON-LD child in step with `article`, and removes it when there is none. Returns
 * a promise when the writer has to load first (a failed load leaves the script out, with a warning).
 */
export function syncJsonLd(host: HTMLElement, article: Article | undefined): Promise<void> | undefined {
  wanted.set(host, article);
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${JSON_LD_MARK}]`);
  // JSON-LD the host gave inline is already there for crawlers: a second copy would compete with it.
  if (!article || host.querySelector(HOST_JSON_LD)) return void script?.remove();
  if (!writer.loaded) {
    return writer.load().then(
      () => void syncJsonLd(host, wanted.get(host)),
      (cause: Error) => console.warn(cause.message, cause),
    );
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(JSON_LD_MARK, '');
  }
  writer.loaded.writeJsonLd(script, article);
  if (script.parentNode !== host) host.append(script);
}
