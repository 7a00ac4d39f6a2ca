/**
 * Which format a document is in, told from a few marks of each, without reading it: the formats
 * Folio reads, each reader a module of its own, loaded when a document in its format arrives.
 * (The formats Folio refuses by name are told apart in foreign-formats.ts, loaded for a refusal.)
 */
import { isObject } from './fields.js';
import type { Json } from './fields.js';
import { looksLikeFolio } from './read-article.js';
import type { FormatReader } from './read-article.js';

/** A format Folio reads: how to tell it, and its reader, loaded on demand. */
export interface Format {
  name: string;
  test: (input: unknown) => boolean;
  load: () => Promise<FormatReader>;
}

/** The first of a list (the answer of a list endpoint), or the value itself. */
export const first = (input: unknown): unknown => (Array.isArray(input) ? input[0] : input);
/** True for an object with every one of `keys`. */
export const has = (input: unknown, ...keys: string[]): input is Json => isObject(input) && keys.every((key) => key in input);

/** True for a whole feed, which names its version with a jsonfeed.org URL. */
export const isJsonFeed = (input: unknown): input is Json =>
  isObject(input) && /^https?:\/\/jsonfeed\.org\/version\//.test(String(input.version));

/** True for a single item: `content_html` or `content_text` is the one field every item has. */
export const isJsonFeedItem = (input: unknown): input is Json =>
  isObject(input) && ('content_html' in input || 'content_text' in input);

/** True for a post, or a list of posts: only WordPress sends `title` as `{ rendered }`. */
export function isWordPressPost(input: unknown): boolean {
  const post = first(input);
  return isObject(post) && isObject(post.title) && 'rendered' in post.title;
}

/** True for JSON-LD: an object, or a list with an object, that has `@context`, `@type` or `@graph`. */
export function isJsonLd(input: unknown): boolean {
  return [input]
    .flat()
    .some((node) => isObject(node) && ('@context' in node || '@type' in node || '@graph' in node));
}

/** A Ghost Content API post or page: a `uuid`, a `slug` and the HTML Ghost renders (or its editor's source). */
const isGhostPost = (post: unknown) =>
  has(post, 'uuid', 'slug') && ('html' in post || 'lexical' in post || 'mobiledoc' in post || 'feature_image' in post);

/** True for a Ghost post, or the `{ "posts": [...] }` (or `pages`) answer of the Content API. */
export const isGhost = (input: unknown): boolean =>
  isGhostPost(input) || (isObject(input) && [input.posts, input.pages].some((list) => isGhostPost(first(list))));

/** A WordPress.com REST v1.1 post: `site_ID` and `URL`, spelt as that API spells them. */
const isWordPressComPost = (post: unknown) => has(post, 'site_ID', 'URL');

/** True for a WordPress.com REST v1.1 post, or its `{ found, posts }` answer. */
export const isWordPressCom = (input: unknown): boolean =>
  isWordPressComPost(input) || (isObject(input) && isWordPressComPost(first(input.posts)));

/** True for a Forem (dev.to) article, or a list of them: `type_of` says so. */
export const isForem = (input: unknown): boolean => {
  const article = first(input);
  return isObject(article) && article.type_of === 'article';
};

/** True for an Arc XP ANS story: `type` says so, with ANS's own `headlines` or `content_elements`. */
export const isAns = (input: unknown): boolean =>
  isObject(input) && input.type === 'story' && ('content_elements' in input || 'headlines' in input);

/** True for an Apple News Format `article.json`: `components`, with a `version` and the article's `identifier` or `layout`. */
export const isAppleNews = (input: unknown): boolean =>
  has(input, 'components', 'version') && Array.isArray(input.components) && ('identifier' in input || 'layout' in input);

/** True for Portable Text: a list of Portable Text blocks (`_type: "block"`) and objects. */
const isPortableText = (body: unknown) =>
  Array.isArray(body) && body.some((node) => isObject(node) && node._type === 'block') && body.every((node) => isObject(node) && '_type' in node);

/** True for a Contentful Rich Text document. */
const isContentfulRichText = (body: unknown) => isObject(body) && body.nodeType === 'document';

/**
 * The formats Folio reads besides its own, in the order they are tried: the more particular marks
 * first, so that a Ghost post (which has a `title` and a `url`) is never taken for Folio JSON.
 */
export const FORMATS: Format[] = [
  {
    name: 'JSON Feed',
    test: (input) => isJsonFeed(input) || isJsonFeedItem(input),
    load: () => import('./adapters/json-feed.js').then((reader) => reader.mapJsonFeed),
  },
  { name: 'WordPress', test: isWordPressPost, load: () => import('./adapters/wordpress.js').then((reader) => reader.mapWordPress) },
  { name: 'Ghost', test: isGhost, load: () => import('./adapters/ghost.js').then((reader) => reader.mapGhost) },
  {
    name: 'WordPress.com',
    test: isWordPressCom,
    load: () => import('./adapters/wordpress-com.js').then((reader) => reader.mapWordPressCom),
  },
  {
    name: 'Apple News',
    test: isAppleNews,
    load: () => import('./adapters/apple-news.js').then((reader) => reader.mapAppleNews),
  },
  { name: 'ANS', test: isAns, load: () => import('./adapters/ans.js').then((reader) => reader.mapAns) },
  { name: 'Forem', test: isForem, load: () => import('./adapters/forem.js').then((reader) => reader.mapForem) },
  {
    name: 'Portable Text body',
    test: (input) => looksLikeFolio(input) && isPortableText(input.body),
    load: () => import('./adapters/portable-text.js').then((reader) => reader.mapPortableTextBody),
  },
  {
    name: 'Contentful Rich Text body',
    test: (input) => looksLikeFolio(input) && isContentfulRichText(input.body),
    load: () => import('./adapters/contentful-rich-text.js').then((reader) => reader.mapContentfulBody),
  },
  { name: 'schema.org', test: isJsonLd, load: () => import('./adapters/schema-org.js').then((reader) => reader.mapSchemaOrg) },
];

/** The format `input` is in, or `undefined` for Folio Article JSON or a document Folio does not read. */
export const formatOf = (input: unknown): Format | undefined => FORMATS.find(({ test }) => test(input));
