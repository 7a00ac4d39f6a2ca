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
  return normalizeSoon(input, options);
}

/**
 * The elements' read, with the format detected once: Folio Article JSON at once (it needs no
 * reader), any other document once its reader has loaded.
 * @throws {FolioInputError} as `normalizeArticle` does, at once or as a rejection.
 */
export function normalizeSoon(input: unknown, options: NormalizeOptions = {}): Article | Promise<Article> {
  if (isRefused(input)) {
    return import('./foreign-formats.js').then(({ refusal }) => {
      throw refusal(input);
    });
  }
  const format = formatOf(input);
  if (!format) return withReading(options, (reading) => readDocument(reading, input));
  return format.load().then((map) => withReading(options, (reading) => readDocument(reading, input, map)));
}
