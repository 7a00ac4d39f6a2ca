/** `normalizeArticle` and the format adapters: any accepted article format in, a canonical Folio Article out. */
import type { Article } from './article.js';
import type { FormatReader } from './read-article.js';
import { formatOf } from './formats.js';
import { refusal } from './foreign-formats.js';
import { isRefused, readDocument } from './read-document.js';
import { withReading } from './reading.js';
import type { NormalizeOptions } from './reading.js';
import { readFeedItems } from './related.js';
import type { RelatedItem } from './article.js';
import { mapJsonFeed, mapJsonFeedItems } from './adapters/json-feed.js';
import { mapWordPress } from './adapters/wordpress.js';
import { mapSchemaOrg } from './adapters/schema-org.js';
import { mapGhost } from './adapters/ghost.js';
import { mapWordPressCom } from './adapters/wordpress-com.js';
import { mapForem } from './adapters/forem.js';
import { mapAns } from './adapters/ans.js';
import { mapAppleNews } from './adapters/apple-news.js';
import { mapPortableTextBody } from './adapters/portable-text.js';
import { mapContentfulBody } from './adapters/contentful-rich-text.js';

/** Every reader, imported here: this entry is synchronous (the elements load them on demand instead). */
const READERS: Record<string, FormatReader> = {
  'JSON Feed': mapJsonFeed,
  WordPress: mapWordPress,
  'schema.org': mapSchemaOrg,
  Ghost: mapGhost,
  'WordPress.com': mapWordPressCom,
  Forem: mapForem,
  ANS: mapAns,
  'Apple News': mapAppleNews,
  'Portable Text body': mapPortableTextBody,
  'Contentful Rich Text body': mapContentfulBody,
};

/**
 * Detects the format of `input` and returns it as a Folio Article (v1, canonical form): Folio
 * Article JSON, a JSON Feed (1.0, 1.1) or one of its items, a WordPress REST API post (or list of
 * posts), a WordPress.com REST v1.1 post, a Ghost Content API post, a Forem (dev.to) article, an
 * Arc XP ANS story, an Apple News Format article, or a schema.org article in JSON-LD. A malformed optional field is repaired or left out, and reported
 * to `options.onWarning`.
 * @throws {FolioInputError} naming every problem that makes the input no article, with its path,
 * such as `title is required`, or naming the format of a document Folio does not read.
 */
export function normalizeArticle(input: unknown, options: NormalizeOptions = {}): Article {
  return withReading(options, (reading) => {
    if (isRefused(input)) throw refusal(input);
    const format = formatOf(input);
    return readDocument(reading, input, format && READERS[format.name]);
  });
}

const adapter =
  (map: FormatReader) =>
  (input: unknown, options: NormalizeOptions = {}): Article =>
    withReading(options, (reading) => readDocument(reading, input, map));

/** A JSON Feed, or one of its items, as a Folio Article (the feed's other items become related articles). */
export const jsonFeedToArticle = adapter(mapJsonFeed);

/** A feed's items as related articles, for `<folio-related>`; items without a link are left out. */
export const jsonFeedToRelated = (input: unknown, options: NormalizeOptions = {}): RelatedItem[] =>
  readFeedItems(input, mapJsonFeedItems, options);

/** A WordPress REST API post, or a list of posts (the first is the article, the others related), as a Folio Article. */
export const wordPressToArticle = adapter(mapWordPress);
/** A schema.org article in JSON-LD as a Folio Article (the document's other articles become related articles). */
export const jsonLdToArticle = adapter(mapSchemaOrg);
/** A Ghost Content API post, or its `{ posts }` answer (the first post is the article, the others related). */
export const ghostToArticle = adapter(mapGhost);
/** A WordPress.com REST v1.1 post, or its `{ posts }` answer, as a Folio Article. */
export const wordPressComToArticle = adapter(mapWordPressCom);
/** A Forem (dev.to) article as a Folio Article. */
export const foremToArticle = adapter(mapForem);
/** An Arc XP ANS story as a Folio Article. */
export const ansToArticle = adapter(mapAns);
/** An Apple News Format `article.json` as a Folio Article. */
export const appleNewsToArticle = adapter(mapAppleNews);
