/**
 * schema.org articles in JSON-LD, as pages embed them for search engines: `NewsArticle`,
 * `Article`, `BlogPosting`, `ReportageNewsArticle`, `LiveBlogPosting` and their kin, alone, in a
 * list, or inside an `@graph` whose other nodes (people, images, pages) are found by `@id`.
 */
import type { Article, ArticleImage, Author, Block, RelatedItem } from '../article.js';
import { readArticle } from '../folio.js';
import { date, isObject, language, object, pixels, text, texts, url } from '../read.js';
import type { Json } from '../read.js';
import { fail } from '../errors.js';
import { degradeEmbeds } from './embeds.js';
import { excerpt, plain, textToBlocks } from './text.js';

/** Every schema.org type named like this is a kind of article. */
const ARTICLE_TYPE = /(?:^|[/:])\w*(?:Article|BlogPosting)$/;

type Node = { json: Json; path: string };

/** Looks a node like `{ "@id": "…#author" }` up in the graph; other values come back as they are. */
type Resolve = (value: unknown) => unknown;

/** True for JSON-LD: an object or a list of objects with `@context`, `@type` or `@graph`. */
export function isJsonLd(input: unknown): boolean {
  const first = Array.isArray(input) ? input[0] : input;
  return isObject(first) && ('@context' in first || '@type' in first || '@graph' in first);
}

/** The first article node as a Folio Article; the document's other articles become its related articles. */
export function jsonLdToArticle(input: unknown): Article {
  const nodes = flatten(input);
  const [found, ...others] = nodes.filter(({ json }) =>
    [json['@type']].flat().some((type) => ARTICLE_TYPE.test(String(type))),
  );
  if (!found) fail('@type', 'names no article type (NewsArticle, Article, BlogPosting…)');
  const byId = new Map(nodes.map(({ json }) => [json['@id'], json]));
  const resolve: Resolve = (value) =>
    (isObject(value) && typeof value['@id'] === 'string' && byId.get(value['@id'])) || value;
  const { json, path } = found;
  const at = path ? `${path}.` : '';
  const page = resolve(json.mainEntityOfPage);
  // Yoast SEO describes the page, not the article, in its @graph.
  const description = plain(
    text(json.description, `${at}description`) ??
      (isObject(page) ? text(page.description, `${at}mainEntityOfPage.description`) : undefined),
  );
  const title = headline(json, at) ?? excerpt(description, 80);
  const blocks = [
    ...body(json.articleBody, `${at}articleBody`),
    ...[json.liveBlogUpdate ?? []]
      .flat()
      .flatMap((update, i) => liveUpdate(update, `${at}liveBlogUpdate[${i}]`)),
  ];
  return readArticle({
    url: pageUrl(json, at, page),
    title: title ?? fail(`${at}headline`, 'is required'),
    dek: description === title ? undefined : description,
    category: firstText(json.articleSection),
    published: date(json.datePublished, `${at}datePublished`),
    updated: date(json.dateModified, `${at}dateModified`),
    authors: [json.author ?? []]
      .flat()
      .flatMap((value, i) => author(resolve(value), `${at}author[${i}]`) ?? []),
    image: image(json, at, resolve),
    lang: language(typeof json.inLanguage === 'string' ? json.inLanguage : undefined, `${at}inLanguage`),
    tags: keywords(json.keywords, `${at}keywords`),
    body: blocks,
    // A paywall's marking (`false`, or the text "False" some sites write), with no text to show.
    locked: !blocks.length && /^false$/i.test(String(json.isAccessibleForFree)),
    related: others.flatMap((node) => relatedItem(node, resolve) ?? []),
  });
}

/**
 * Every node with its path: the input itself, each item of a list, each node of an `@graph`, and
 * the posts a `Blog` lists in `blogPost`.
 */
function flatten(input: unknown, path = ''): Node[] {
  if (Array.isArray(input)) return input.flatMap((item, i) => flatten(item, `${path}[${i}]`));
  const json = object(input, path || 'input');
  const at = path ? `${path}.` : '';
  if (Array.isArray(json['@graph'])) return flatten(json['@graph'], `${at}@graph`);
  const posts = Array.isArray(json.blogPost) ? flatten(json.blogPost, `${at}blogPost`) : [];
  return [{ json, path }, ...posts];
}

const headline = (json: Json, at: string) =>
  plain(text(json.headline, `${at}headline`) ?? text(json.name, `${at}name`));

/** `url`, or the page the article is the main entity of (`mainEntityOfPage`, resolved). */
function pageUrl(json: Json, at: string, page: unknown): string | undefined {
  const pageLink = isObject(page) ? (page.url ?? page['@id']) : page;
  return url(json.url, `${at}url`) ?? url(pageLink, `${at}mainEntityOfPage`);
}

/** Another article of the document, as a related article when it has a link and a headline. */
function relatedItem({ json, path }: Node, resolve: Resolve): RelatedItem | undefined {
  const at = `${path}.`;
  const link = pageUrl(json, at, resolve(json.mainEntityOfPage));
  const title = headline(json, at);
  if (!link || !title) return undefined;
  return {
    url: link,
    title,
    summary: plain(text(json.description, `${at}description`)),
    published: date(json.datePublished, `${at}datePublished`),
    // `readArticle` keeps what a card shows of it.
    image: image(json, at, resolve),
  };
}

/** `articleBody` is text, but some sites put HTML in it; HTML goes to the sanitizer as HTML. */
function body(value: unknown, path: string): Block[] {
  const content = text(value, path);
  return content && /<[a-z][^>]*>/i.test(content)
    ? [{ type: 'html', html: degradeEmbeds(content) }]
    : textToBlocks(content);
}

/** A live blog's update: its headline as a subheading, then its text. */
function liveUpdate(value: unknown, path: string): Block[] {
  const update = object(value, path);
  const headline = text(update.headline, `${path}.headline`);
  return [
    ...(headline ? [{ type: 'heading', text: headline, level: 2 } as const] : []),
    ...body(update.articleBody, `${path}.articleBody`),
  ];
}

/** A person or organization given by name, or as an object with `name` and `url`. */
function author(value: unknown, path: string): Author | undefined {
  if (!isObject(value)) return { name: text(value, path) ?? fail(path, 'is required') };
  const name = text(value.name, `${path}.name`);
  return name ? { name, url: url(value.url, `${path}.url`) } : undefined;
}

/** The first image: a URL, or an `ImageObject` with `url` or `contentUrl`. */
function image(article: Json, at: string, resolve: Resolve): ArticleImage | undefined {
  const value = resolve([article.image].flat()[0]);
  const json = isObject(value) ? value : { url: value };
  const path = `${at}image`;
  const src = url(json.url ?? json.contentUrl, `${path}.url`);
  if (!src) return undefined;
  // schema.org allows a size as `{ "value": 1200 }` as well as a number.
  const size = (key: string) => pixels(isObject(json[key]) ? json[key].value : json[key], `${path}.${key}`);
  return { src, alt: '', width: size('width'), height: size('height'), caption: firstText(json.caption) };
}

/** `keywords`: a list, or one comma-separated string. */
function keywords(value: unknown, path: string): string[] {
  return typeof value === 'string'
    ? value.split(',').flatMap((word) => word.trim() || [])
    : texts(value, path);
}

/** The first string of a value that may be one string or a list (site markup mixes both). */
const firstText = (value: unknown) =>
  [value]
    .flat()
    .find((item): item is string => typeof item === 'string' && item.trim() !== '')
    ?.trim();
