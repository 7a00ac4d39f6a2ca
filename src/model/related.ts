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
import { documentSrc, fail, problem, withReading } from './reading.js';
import type { NormalizeOptions } from './reading.js';

/** Maps a JSON Feed's items to related items (`mapJsonFeedItems`, in the JSON Feed reader). */
export type FeedItemsReader = (feed: unknown) => Mapped;

/** A feed's items as related articles, for `<folio-related>`; items without a link are left out. */
export const readFeedItems = (input: unknown, mapItems: FeedItemsReader, options: NormalizeOptions = {}): RelatedItem[] =>
  withReading(options, () => readMappedItems(mapItems(input)));

/** A list of related items (`<folio-related>`'s `items`). */
export const readRelatedItems = (items: unknown, options: NormalizeOptions = {}): RelatedItem[] =>
  withReading(options, () => readItems(items, 'items'));

/**
 * Reads a fetched document as related items, a JSON Feed with `mapFeedItems`, which the caller
 * passes when the document is one; relative links resolve against `options.src`, else the
 * document's own absolute URL.
 */
export function readRelatedSource(json: unknown, options: NormalizeOptions = {}, mapFeedItems?: FeedItemsReader): RelatedItem[] {
  const { src } = options;
  return withReading(options, () => {
    if (Array.isArray(json)) return readItems(json, 'items', src);
    if (isJsonFeed(json)) return readMappedItems(mapFeedItems!(json));
    if (isObject(json) && ('related' in json || 'title' in json)) {
      return readItems(json.related, 'related', src ?? url(json.url, 'url'));
    }
    fail('response', 'must be an array of related items, a Folio article or a JSON Feed');
  });
}

const readMappedItems = ({ input, paths, base }: Mapped) =>
  withReading({ paths }, () => readItems(input.related, 'related', documentSrc() ?? base));

/** Items for a carousel, which shows nothing else: a list of which no item can be shown is refused. */
function readItems(value: unknown, path: string, base?: string): RelatedItem[] {
  const items = readRelated(value, path, base);
  if (!items.length && Array.isArray(value) && value.length) problem(path, 'has no item Folio can show');
  return items;
}
