/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org): a single item, or a whole feed whose first item
 * is the article and whose other items are its related articles.
 */
import type { Article, Author, RelatedItem } from '../article.js';
import { readArticle } from '../folio.js';
import { date, isObject, language, list, object, text, texts, url } from '../read.js';
import type { Json } from '../read.js';
import { fail } from '../errors.js';
import { htmlToText } from '../../internal/sanitize.js';
import { degradeEmbeds } from './embeds.js';
import { excerpt, textToBlocks } from './text.js';

/** True for a whole feed, which names its version with a jsonfeed.org URL. */
export const isJsonFeed = (input: unknown): input is Json =>
  isObject(input) && /^https?:\/\/jsonfeed\.org\/version\//.test(String(input.version));

/** True for a single item: `content_html` or `content_text` is the one field every item has. */
export const isJsonFeedItem = (input: unknown): input is Json =>
  isObject(input) && ('content_html' in input || 'content_text' in input);

/** A feed item, or a feed's first item with the rest as related articles, as a Folio Article. */
export function jsonFeedToArticle(input: unknown): Article {
  const feed = isJsonFeed(input) ? input : undefined;
  const items = feed ? list(feed.items, 'items') : [input];
  if (!items.length) fail('items', 'is empty: the feed has no article to show');
  const at = feed ? 'items[0].' : '';
  const item = object(items[0], feed ? 'items[0]' : 'item');
  const base = feed && homePage(feed);
  const content = contentText(item, at);
  const summary = text(item.summary, `${at}summary`);
  // Microblog items have no title: their opening words stand in for one.
  const title =
    text(item.title, `${at}title`) ?? excerpt(summary ?? content, 80) ?? fail(`${at}title`, 'is required');
  const html = text(item.content_html, `${at}content_html`);
  return readArticle({
    url: link(item, at, base),
    title,
    dek: summary === title ? undefined : summary,
    published: date(item.date_published, `${at}date_published`),
    updated: date(item.date_modified, `${at}date_modified`),
    authors: authors(item, at) ?? (feed && authors(feed, '')) ?? [],
    image: image(item, at, base),
    lang: language(item.language, `${at}language`) ?? language(feed?.language, 'language'),
    tags: texts(item.tags, `${at}tags`),
    body: html ? [{ type: 'html', html: degradeEmbeds(html) }] : textToBlocks(content),
    related: feed ? related(items, 1, base) : [],
  });
}

/** A feed's items as related articles, for `<folio-related>`; items without a link are left out. */
export function jsonFeedToRelated(input: unknown): RelatedItem[] {
  const feed = object(input, 'feed');
  return related(list(feed.items, 'items'), 0, homePage(feed));
}

function related(items: unknown[], from: number, base?: string): RelatedItem[] {
  return items.slice(from).flatMap((value, i) => {
    const at = `items[${i + from}].`;
    const item = object(value, at.slice(0, -1));
    const href = link(item, at, base);
    const title = text(item.title, `${at}title`);
    const summary = text(item.summary, `${at}summary`) ?? excerpt(contentText(item, at), 160);
    if (!href || !(title || summary)) return [];
    const picture = image(item, at, base);
    return {
      url: href,
      title,
      summary,
      // Feeds have no category field; the first tag is the closest thing.
      category: texts(item.tags, `${at}tags`)[0],
      published: date(item.date_published, `${at}date_published`),
      image: picture,
    };
  });
}

const homePage = (feed: Json) => url(feed.home_page_url, 'home_page_url');

/** The item's own page, or for a link post the page it points to. */
const link = (item: Json, at: string, base?: string) =>
  url(item.url, `${at}url`, base) ?? url(item.external_url, `${at}external_url`, base);

/** The item's text, from `content_text` or else read out of `content_html`. */
function contentText(item: Json, at: string): string | undefined {
  const html = text(item.content_html, `${at}content_html`);
  return text(item.content_text, `${at}content_text`) ?? (html && htmlToText(html));
}

/** The lead image; a feed gives no alt text, so it is marked decorative. */
function image(item: Json, at: string, base?: string) {
  const src = url(item.image, `${at}image`, base) ?? url(item.banner_image, `${at}banner_image`, base);
  return src ? { src, alt: '' } : undefined;
}

/** `authors` (1.1) or `author` (1.0); people without a name are skipped; `undefined` when none is given. */
function authors(json: Json, at: string): Author[] | undefined {
  const people = json.authors ?? json.author;
  if (people == null) return undefined;
  const path = `${at}${json.authors != null ? 'authors' : 'author'}`;
  const many = Array.isArray(people);
  return (many ? people : [people]).flatMap((person, i) => {
    const where = many ? `${path}[${i}]` : path;
    const author = object(person, where);
    const name = text(author.name, `${where}.name`);
    return name ? { name, url: url(author.url, `${where}.url`) } : [];
  });
}
