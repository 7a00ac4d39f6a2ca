/**
 * The article as a schema.org `NewsArticle` in JSON-LD, for `emit-jsonld` and the server: loaded
 * only by a page that asks for it.
 */
import type { Article } from '../model/article.js';
import { toNewsArticle } from '../model/news-article.js';
import { scriptJson } from '../internal/json.js';
import { htmlToText } from '../internal/sanitize.js';
import { writeJsonScript } from '../internal/trusted-types.js';

/** `article` as the text of a schema.org JSON-LD script. */
export const jsonLdOf = (article: Article) => scriptJson(toNewsArticle(article, { htmlToText }));

/** Writes `article` as JSON-LD into `script`, unless it already holds that. */
export function writeJsonLd(script: HTMLScriptElement, article: Article): void {
  const json = jsonLdOf(article);
  if (script.textContent !== json) writeJsonScript(script, json);
}
