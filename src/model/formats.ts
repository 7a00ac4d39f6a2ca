/**
 * Which format a document is in, told from a few marks of each, without reading it: the formats
 * Folio reads (each reader a module of its own, loaded when a document in its format arrives) and
 * the formats people often try that Folio does not read, refused with their name.
 */
import { isObject } from './fields.js';
import type { Json } from './fields.js';
import { looksLikeFolio } from './read-article.js';
import type { Mapped } from './read-article.js';

/** A format Folio reads: how to tell it, and its reader, loaded on demand. */
export interface Format {
  name: string;
  test: (input: unknown) => boolean;
  load: () => Promise<(input: unknown) => Mapped>;
}

/** The first of a list (the answer of a list endpoint), or the value itself. */
const first = (input: unknown): unknown => (Array.isArray(input) ? input[0] : input);
const has = (input: unknown, ...keys: string[]): input is Json => isObject(input) && keys.every((key) => key in input);

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

/** What Folio reads, for the message of a refusal. */
export const FORMAT_NAMES =
  'Folio Article JSON, a JSON Feed 1.0 or 1.1 (or one of its items), a WordPress REST API post, a WordPress.com REST v1.1 post, a Ghost Content API post, a Forem (dev.to) article, an Arc XP ANS story, an Apple News Format article, or a schema.org Article in JSON-LD; the body of an article may be Portable Text or Contentful Rich Text';

/** A GraphQL answer's `data`, or `undefined`. */
const graphQl = (input: unknown) => (isObject(input) && isObject(input.data) ? input.data : undefined);

/** Formats Folio does not read, each with the marks that tell it and what it is called. */
const FOREIGN: { test: (input: unknown) => boolean; name: string }[] = [
  {
    name: 'a Drupal JSON:API answer',
    test: (input) =>
      isObject(input) && ('jsonapi' in input || /--/.test(String((first(graphQl(input)) as Json | undefined)?.type ?? ''))),
  },
  {
    name: 'a Strapi REST API answer',
    test: (input) => {
      const data = first(isObject(input) ? input.data : undefined);
      return has(data, 'attributes') || has(data, 'documentId');
    },
  },
  {
    name: 'a Hashnode GraphQL answer',
    test: (input) => {
      const data = graphQl(input);
      const post = isObject(data?.publication) ? data.publication.post : data?.post;
      return has(post, 'brief') || (has(post, 'content') && has(post.content, 'markdown'));
    },
  },
  {
    name: 'a WPGraphQL answer',
    test: (input) => {
      const data = graphQl(input);
      const post = data?.post ?? data?.postBy ?? first((data?.posts as Json | undefined)?.nodes);
      return isObject(post) && ['databaseId', 'uri', 'featuredImage', 'contentRendered'].some((key) => key in post);
    },
  },
  {
    name: 'an RSS feed converted to JSON',
    test: (input) => isObject(input) && isObject(input.rss) && 'channel' in input.rss,
  },
  {
    name: "a Medium post's JSON",
    test: (input) => isObject(input) && isObject(input.payload) && ('value' in input.payload || 'post' in input.payload),
  },
  {
    name: 'a Substack API post',
    test: (input) => {
      const post = first(input);
      return has(post, 'publication_id') && ('body_html' in post || 'publishedBylines' in post || 'post_date' in post);
    },
  },
  {
    name: 'a Contentful entry (the Content Delivery API answer)',
    test: (input) => {
      const sys = isObject(input) && isObject(input.sys) ? input.sys : undefined;
      return sys?.type === 'Entry' || sys?.type === 'Array';
    },
  },
];

/** Feeds and pages pasted as text instead of JSON. */
const TEXT_FORMATS: [RegExp, string][] = [
  [/^\s*(?:<\?xml[^>]*>\s*)?<rss\b/i, 'an RSS feed, as text'],
  [/^\s*(?:<\?xml[^>]*>\s*)?<feed\b/i, 'an Atom feed, as text'],
  [/^\s*<(?:!doctype html|html)\b/i, 'an HTML page, as text'],
  [/^\s*\]\)\}while\(1\);/, "Medium's JSON with its guard prefix"],
];

/** The name of the foreign format `input` looks like, or `undefined`. */
export function foreignFormat(input: unknown): string | undefined {
  if (typeof input === 'string') return TEXT_FORMATS.find(([marks]) => marks.test(input))?.[1];
  return FOREIGN.find(({ test }) => test(input))?.name;
}
