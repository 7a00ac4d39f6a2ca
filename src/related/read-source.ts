/** What `<folio-related src>` accepts: an array of related items, a Folio article (its `related`), or a JSON Feed. */
import type { RelatedItem } from '../model/article.js';
import { isJsonFeed, jsonFeedToRelated } from '../model/adapters/json-feed.js';
import { fail } from '../model/errors.js';
import { readRelated } from '../model/folio.js';
import { isObject, url } from '../model/read.js';

/** Reads a fetched document as related items; relative links resolve against the article's `url`, else `src`. */
export function readRelatedSource(json: unknown, src?: string): RelatedItem[] {
  if (Array.isArray(json)) return readRelated(json, 'items', src);
  if (isJsonFeed(json)) return jsonFeedToRelated(json);
  if (isObject(json) && ('related' in json || 'title' in json)) {
    return readRelated(json.related, 'related', url(json.url, 'url', src) ?? src);
  }
  fail('response', 'must be an array of related items, a Folio article or a JSON Feed');
}
