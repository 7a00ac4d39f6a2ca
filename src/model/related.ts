/** Related items from what `<folio-related>` accepts: a list of them, a Folio article (its `related`), or a JSON Feed. */
import type { RelatedItem } from './article.js';
import { isJsonFeed, mapJsonFeedItems } from './adapters/json-feed.js';
import { isObject, url } from './fields.js';
import { readRelated } from './read-article.js';
import type { Mapped } from './read-article.js';
import { fail, withReading } from './reading.js';
import type { NormalizeOptions } from './reading.js';

/** A feed's items as related articles, for `<folio-related>`; items without a link are left out. */
export const jsonFeedToRelated = (input: unknown, options: NormalizeOptions = {}): RelatedItem[] =>
  withReading(options, () => readMappedItems(mapJsonFeedItems(input)));

/** A list of related items (`<folio-related>`'s `items`). */
export const readRelatedItems = (items: unknown, options: NormalizeOptions = {}): RelatedItem[] =>
  withReading(options, () => readRelated(items, 'items'));

/**
 * Reads a fetched document as related items; relative links resolve against the article's `url`,
 * else `src`.
 */
export function readRelatedSource(json: unknown, src?: string, options: NormalizeOptions = {}): RelatedItem[] {
  return withReading(options, () => {
    if (Array.isArray(json)) return readRelated(json, 'items', src);
    if (isJsonFeed(json)) return readMappedItems(mapJsonFeedItems(json));
    if (isObject(json) && ('related' in json || 'title' in json)) {
      return readRelated(json.related, 'related', url(json.url, 'url', src) ?? src);
    }
    fail('response', 'must be an array of related items, a Folio article or a JSON Feed');
  });
}

const readMappedItems = ({ input, paths, base }: Mapped) =>
  withReading({ paths }, () => readRelated(input.related, 'related', base));
