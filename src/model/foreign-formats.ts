/**
 * The formats people often give Folio that it does not read, told from their marks so that a
 * refusal names what the document is. Loaded only for a document Folio is about to refuse.
 */
import { FolioInputError } from './errors.js';
import { isObject } from './fields.js';
import type { Json } from './fields.js';
import { first, has } from './formats.js';

/** What Folio reads, for the message of a refusal. */
const FORMAT_NAMES =
  'Folio Article JSON, a JSON Feed 1.0 or 1.1 (or one of its items), a WordPress REST API post, a WordPress.com REST v1.1 post, a Ghost Content API post, a Forem (dev.to) article, an Arc XP ANS story, an Apple News Format article, or a schema.org Article in JSON-LD; the body of an article may be Portable Text or Contentful Rich Text';

/** The error for a document Folio does not read, naming what it looks like and what Folio reads. */
export function refusal(input: unknown): FolioInputError {
  const foreign = foreignFormat(input);
  const what = foreign ? `This is ${foreign}, which is` : 'The document is';
  return FolioInputError.of([{ message: `${what} in no format Folio reads. Folio reads ${FORMAT_NAMES}.` }]);
}

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
function foreignFormat(input: unknown): string | undefined {
  if (typeof input === 'string') return TEXT_FORMATS.find(([marks]) => marks.test(input))?.[1];
  return FOREIGN.find(({ test }) => test(input))?.name;
}
