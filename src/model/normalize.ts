/** `normalizeArticle`: any accepted article format in, a canonical Folio Article out. */
import type { Article } from './article.js';
import { readArticle } from './folio.js';
import { isJsonFeed, isJsonFeedItem, jsonFeedToArticle } from './adapters/json-feed.js';
import { isWordPressPost, wordPressToArticle } from './adapters/wordpress.js';
import { isJsonLd, jsonLdToArticle } from './adapters/json-ld.js';

/**
 * Detects the format of `input` and returns it as a Folio Article (v1, canonical form): Folio
 * Article JSON, a JSON Feed (1.0, 1.1) or one of its items, a WordPress REST API post (or list of
 * posts), or a schema.org article in JSON-LD.
 * @throws {FolioInputError} naming the field path at fault, such as `body[3].level must be 2, 3 or 4`.
 */
export function normalizeArticle(input: unknown): Article {
  if (isJsonFeed(input) || isJsonFeedItem(input)) return jsonFeedToArticle(input);
  if (isWordPressPost(input)) return wordPressToArticle(input);
  if (isJsonLd(input)) return jsonLdToArticle(input);
  return readArticle(input);
}
