/** `normalizeArticle` and the format adapters: any accepted article format in, a canonical Folio Article out. */
import type { Article } from './article.js';
import { readArticle, readMapped } from './read-article.js';
import type { Mapped } from './read-article.js';
import { withReading } from './reading.js';
import type { NormalizeOptions } from './reading.js';
import { isJsonFeed, isJsonFeedItem, mapJsonFeed } from './adapters/json-feed.js';
import { isWordPressPost, mapWordPress } from './adapters/wordpress.js';
import { isJsonLd, mapSchemaOrg } from './adapters/schema-org.js';

/** The formats Folio reads besides its own, each mapped to Folio input before it is validated. */
const FORMATS: { test: (input: unknown) => boolean; map: (input: unknown) => Mapped }[] = [
  { test: (input) => isJsonFeed(input) || isJsonFeedItem(input), map: mapJsonFeed },
  { test: isWordPressPost, map: mapWordPress },
  { test: isJsonLd, map: mapSchemaOrg },
];

/**
 * Detects the format of `input` and returns it as a Folio Article (v1, canonical form): Folio
 * Article JSON, a JSON Feed (1.0, 1.1) or one of its items, a WordPress REST API post (or list of
 * posts), or a schema.org article in JSON-LD.
 * @throws {FolioInputError} naming the field path at fault, such as `body[3].level must be 2, 3 or 4`.
 */
export function normalizeArticle(input: unknown, options: NormalizeOptions = {}): Article {
  return withReading(options, () => {
    const format = FORMATS.find(({ test }) => test(input));
    return format ? readMapped(format.map(input)) : readArticle(input);
  });
}

const adapter =
  (map: (input: unknown) => Mapped) =>
  (input: unknown, options: NormalizeOptions = {}): Article =>
    withReading(options, () => readMapped(map(input)));

/** A JSON Feed, or one of its items, as a Folio Article (the feed's other items become related articles). */
export const jsonFeedToArticle = adapter(mapJsonFeed);
/** A WordPress REST API post, or a list of posts (the first is the article, the others related), as a Folio Article. */
export const wordPressToArticle = adapter(mapWordPress);
/** A schema.org article in JSON-LD as a Folio Article (the document's other articles become related articles). */
export const jsonLdToArticle = adapter(mapSchemaOrg);
