/**
 * Related items from what `<folio-related>` accepts: a list of them, a Folio article (its
 * `related`), or a JSON Feed, read by the feed reader the caller passes (the elements load it on
 * demand, `folio-embed/model` imports it).
 */
import type { RelatedItem } from './article.js';
import { isJsonFeed } from './formats.js';
import { isObject, url } from './fields.js';
import { readRelated } from './read-article.js';
import type { Mapped } from './read-article.js';
import { fail, problem, withPaths, withReading } from './reading.js';
import type { NormalizeOptions, Reading } from './reading.js';

/** Maps a JSON Feed's items to related items (`mapJsonFeedItems`, in the JSON Feed reader). */
export type FeedItemsReader = (reading: Reading, feed: unknown) => Mapped;

/** A feed's items as related articles, for `<folio-related>`; items without a link are left out. */
export const readFeedItems = (input: unknown, mapItems: FeedItemsReader, options: NormalizeOptions = {}): RelatedItem[] =>
  withReading(options, (reading) => readMappedItems(reading, mapItems(reading, input)));

/** A list of related items (`<folio-related>`'s `items`). */
export const readRelatedItems = (items: unknown, options: NormalizeOptions = {}): RelatedItem[] =>
  withReading(options, (reading) => readItems(reading, items, 'items'));

/**
 * Reads a fetched document as related items, a JSON Feed with `mapFeedItems`, which the caller
 * passes when the document is one; relative links resolve against `options.src`, else the
 * document's own absolute URL.
 */
export function readRelatedSource(json: unknown, options: NormalizeOptions = {}, mapFeedItems?: FeedItemsReader): RelatedItem[] {
  const { src } = options;
  return withReading(options, (reading) => {
    if (Array.isArray(json)) return readItems(reading, json, 'items', src);
    if (isJsonFeed(json)) return readMappedItems(reading, mapFeedItems!(reading, json));
    if (isObject(json) && ('related' in json || 'title' in json)) {
      return readItems(reading, json.related, 'related', src ?? url(reading, json.url, 'url'));
    }
    fail(reading, 'response', 'must be an array of related items, a Folio article or a JSON Feed');
  });
}

const readMappedItems = (reading: Reading, { input, paths, base }: Mapped) =>
  readItems(withPaths(reading, paths), input.related, 'related', reading.src ?? base);

/** Items for a carousel, which shows nothing else: a list of which no item can be shown is refused. */
function readItems(reading: Reading, value: unknown, path: string, base?: string): RelatedItem[] {
  const items = readRelated(reading, value, path, base);
  if (!items.length && Array.isArray(value) && value.length) problem(reading, path, 'has no item Folio can show');
  return items;
}
