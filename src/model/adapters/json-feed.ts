/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org): a single item, or a whole feed whose first item
 * is the article and whose other items are its related articles.
 */
import { isObject, list, object } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import { isJsonFeed } from '../formats.js';
import { fail } from '../reading.js';
import type { Reading, SourcePaths } from '../reading.js';
import { absent, escapeHtml, excerpt, someText, textOf, textToBlocks } from './text.js';

/** A feed item, or a feed's first item with the rest as related articles, as Folio input. */
export function mapJsonFeed(reading: Reading, input: unknown): Mapped {
  const feed = isJsonFeed(input) ? input : undefined;
  const items = feed ? list(reading, feed.items, 'items') : [input];
  if (!items.length) fail(reading, 'items', 'is empty: the feed has no article to show');
  const at = feed ? 'items[0].' : '';
  const item = object(reading, items[0], feed ? 'items[0]' : 'item');
  const content = contentText(reading, item);
  const summary = someText(item.summary);
  // Microblog items have no title: their opening words stand in for one.
  const title = someText(item.title) ?? excerpt(summary ?? content, 80) ?? item.title;
  const html = someText(item.content_html);
  const paths: SourcePaths = {
    url: `${at}${linkKey(item)}`,
    title: `${at}title`,
    dek: `${at}summary`,
    published: `${at}date_published`,
    updated: `${at}date_modified`,
    image: `${at}${item.image != null ? 'image' : 'banner_image'}`,
    lang: item.language != null ? `${at}language` : 'language',
    tags: `${at}tags`,
    body: `${at}${html ? 'content_html' : 'content_text'}`,
  };
  return {
    input: {
      url: item[linkKey(item)],
      title,
      dek: summary === title ? undefined : item.summary,
      published: item.date_published,
      updated: item.date_modified,
      authors: authors(item, at, paths) ?? (feed && authors(feed, '', paths)),
      image: item.image ?? item.banner_image,
      lang: item.language ?? feed?.language,
      tags: item.tags,
      body: [...(html ? [{ type: 'html', html }] : textToBlocks(content)), ...attachments(reading, item, at, paths)],
      related: feed ? related(reading, items, 1, paths) : [],
    },
    paths,
    base: homePage(feed),
  };
}

/**
 * Audio and video attachments (a podcast's episode) as media blocks, after the text; any other
 * file as a link to it. Attachments without a URL are skipped.
 */
function attachments(reading: Reading, item: Json, at: string, paths: SourcePaths): Json[] {
  const files = Array.isArray(item.attachments) ? item.attachments : [];
  const blocks: Json[] = [];
  const offset = someText(item.content_html) ? 1 : textToBlocks(contentText(reading, item)).length;
  files.forEach((file, i) => {
    if (!isObject(file) || absent(file.url)) return;
    paths[`body[${offset + blocks.length}]`] = `${at}attachments[${i}]`;
    paths[`body[${offset + blocks.length}].src`] = `${at}attachments[${i}].url`;
    const kind = /^(audio|video)\//i.exec(String(file.mime_type))?.[1].toLowerCase();
    const title = someText(file.title);
    blocks.push(
      kind
        ? { type: 'media', kind, src: file.url, mime: file.mime_type, title }
        : { type: 'paragraph', html: linkTo(file.url, title) },
    );
  });
  return blocks;
}

/** A link to a file, named by its title or its address. HTML: the sanitizer checks the URL as any link's. */
const linkTo = (href: unknown, title: string | undefined) => {
  const url = escapeHtml(String(href)).replace(/"/g, '&quot;');
  return `<a href="${url}">${title ? escapeHtml(title) : url}</a>`;
};

/** A feed's items as related items, mapped like an article's `related`. */
export function mapJsonFeedItems(reading: Reading, input: unknown): Mapped {
  const feed = object(reading, input, 'feed');
  const paths: SourcePaths = { related: 'items' };
  return { input: { related: related(reading, list(reading, feed.items, 'items'), 0, paths) }, paths, base: homePage(feed) };
}

/** Items with a link and a title or some text, as related items; the others are left out. */
function related(reading: Reading, items: unknown[], from: number, paths: SourcePaths): unknown[] {
  const found: unknown[] = [];
  items.slice(from).forEach((item, k) => {
    const at = `items[${k + from}]`;
    const summary = isObject(item) ? (someText(item.summary) ?? excerpt(contentText(reading, item), 160)) : undefined;
    if (isObject(item) && (absent(item[linkKey(item)]) || (absent(item.title) && !summary))) return;
    const path = `related[${found.length}]`;
    paths[path] = at;
    if (!isObject(item)) return found.push(item);
    paths[`${path}.url`] = `${at}.${linkKey(item)}`;
    paths[`${path}.category`] = `${at}.tags[0]`;
    paths[`${path}.published`] = `${at}.date_published`;
    found.push({
      url: item[linkKey(item)],
      title: item.title,
      summary,
      // Feeds have no category field; the first tag is the closest thing.
      category: typeof item.tags === 'string' ? item.tags.split(',')[0] : [item.tags].flat()[0],
      published: item.date_published,
      image: item.image ?? item.banner_image,
    });
  });
  return found;
}

const homePage = (feed: Json | undefined) => someText(feed?.home_page_url);

/** The item's own page, or for a link post the page it points to. */
const linkKey = (item: Json) => (!absent(item.url) || absent(item.external_url) ? 'url' : 'external_url');

/** The item's text, from `content_text` or else read out of `content_html`. */
function contentText(reading: Reading, item: Json): string | undefined {
  const html = someText(item.content_html);
  return someText(item.content_text) ?? (html && textOf(reading, html));
}

/** `authors` (1.1) or `author` (1.0); people without a name are skipped; `undefined` when none is given. */
function authors(json: Json, at: string, paths: SourcePaths): unknown[] | undefined {
  const key = json.authors != null ? 'authors' : 'author';
  const people = json[key];
  if (people == null) return undefined;
  const many = Array.isArray(people);
  const found: unknown[] = [];
  (many ? people : [people]).forEach((person, i) => {
    // JSON Feed allows a person with only a URL or an avatar.
    if (isObject(person) && absent(person.name)) return;
    paths[`authors[${found.length}]`] = many ? `${at}${key}[${i}]` : `${at}${key}`;
    found.push(person);
  });
  return found;
}
