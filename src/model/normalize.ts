/** `normalizeArticle` and the format adapters: any accepted article format in, a canonical Folio Article out. */
import type { Article } from './article.js';
import { FolioInputError } from './errors.js';
import { isFolio, readFolio, readMapped } from './read-article.js';
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

const FORMAT_NAMES =
  'Folio Article JSON, a JSON Feed 1.0 or 1.1 (or one of its items), a WordPress REST API post, or a schema.org Article in JSON-LD';

/**
 * Detects the format of `input` and returns it as a Folio Article (v1, canonical form): Folio
 * Article JSON, a JSON Feed (1.0, 1.1) or one of its items, a WordPress REST API post (or list of
 * posts), or a schema.org article in JSON-LD. A malformed optional field is repaired or left out,
 * and reported to `options.onWarning`.
 * @throws {FolioInputError} naming every problem that makes the input no article, with its path,
 * such as `title is required`.
 */
export function normalizeArticle(input: unknown, options: NormalizeOptions = {}): Article {
  return withReading(options, () => {
    const format = FORMATS.find(({ test }) => test(input));
    if (format) return readMapped(format.map(input));
    if (!isFolio(input)) {
      throw FolioInputError.of([{ message: `The document is in no format Folio reads. Folio reads ${FORMAT_NAMES}.` }]);
    }
    return readFolio(input);
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
