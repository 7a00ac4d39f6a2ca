/**
 * `emit-jsonld`: search engines read JSON-LD from the light DOM but never look inside shadow
 * roots, so the article is written out once more as a schema.org `NewsArticle` in a
 * `<script type="application/ld+json">` child of the element.
 */
import type { Article } from '../model/article.js';
import { toNewsArticle } from '../model/news-article.js';
import { scriptJson } from '../internal/json.js';
import { htmlToText } from '../internal/sanitize.js';
import { writeJsonScript } from '../internal/trusted-types.js';

/** Marks the script Folio writes, so it is never taken for the host's own. */
export const JSON_LD_MARK = 'data-folio-jsonld';

/** The host's own JSON-LD child: the page printed it, Folio did not write it. */
export const HOST_JSON_LD = `:scope > script[type="application/ld+json"]:not([${JSON_LD_MARK}])`;

/** Keeps `host`'s JSON-LD child in step with `article`, and removes it when there is none. */
export function syncJsonLd(host: HTMLElement, article: Article | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${JSON_LD_MARK}]`);
  // JSON-LD the host gave inline is already there for crawlers: a second copy would compete with it.
  const hostOwn = host.querySelector(HOST_JSON_LD);
  if (!article || hostOwn) return script?.remove();
  const json = jsonLdOf(article);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(JSON_LD_MARK, '');
  }
  if (script.textContent !== json) writeJsonScript(script, json);
  if (script.parentNode !== host) host.append(script);
}

/** `article` as the text of a schema.org JSON-LD script. */
export const jsonLdOf = (article: Article) => scriptJson(toNewsArticle(article, { htmlToText }));
