/**
 * The elements' way in: `normalizeArticle`, with each format's reader loaded (`import()`) only
 * when a document in its format arrives. Folio's own JSON loads nothing.
 */
import type { Article } from './article.js';
import { formatOf } from './formats.js';
import { isRefused, readDocument } from './read-document.js';
import { withReading } from './reading.js';
import type { NormalizeOptions } from './reading.js';

/**
 * What `normalizeArticle` returns for `input`, once the reader of its format has loaded.
 * @throws {FolioInputError} (as a rejection) as `normalizeArticle` does; a reader that fails to
 * load rejects with the loading error.
 */
export async function normalizeArticleAsync(input: unknown, options: NormalizeOptions = {}): Promise<Article> {
  if (isRefused(input)) throw (await import('./foreign-formats.js')).refusal(input);
  const map = await formatOf(input)?.load();
  return withReading(options, () => readDocument(input, map));
}

/**
 * Folio Article JSON read at once, since it needs no reader; `undefined` for a document in another
 * format (or none), which `normalizeArticleAsync` reads once its reader has loaded.
 * @throws {FolioInputError} as `normalizeArticle` does.
 */
export function normalizeFolioArticle(input: unknown, options: NormalizeOptions = {}): Article | undefined {
  if (isRefused(input) || formatOf(input)) return undefined;
  return withReading(options, () => readDocument(input));
}
