/** `normalizeArticle`: any accepted article format in, a canonical Folio Article out. */
import type { Article } from './article.js';
import { readArticle } from './folio.js';

/**
 * Detects the format of `input` and returns it as a Folio Article (v1, canonical form).
 * @throws {FolioInputError} naming the field path at fault, such as `body[3].level must be 2, 3 or 4`.
 */
export function normalizeArticle(input: unknown): Article {
  return readArticle(input);
}
