/**
 * schema.org articles in JSON-LD, as pages embed them for search engines: `Article` and every type
 * under it (`NewsArticle`, `BlogPosting`, `Report`, `SocialMediaPosting`…), alone, in a list, or
 * inside an `@graph` whose other nodes (people, images, pages) are found by `@id`.
 */
import type { Block } from '../article.js';
import { isObject, object } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import { decodeText, fail, warn } from '../reading.js';
import type { Reading, SourcePaths } from '../reading.js';
import { absent, excerpt, plain, someText, textOf, textToBlocks } from './text.js';

/** schema.org's `Article` and the types under it (https://schema.org/Article, "More specific Types"). */
const ARTICLE_TYPES = new Set(
  `Article AdvertiserContentArticle NewsArticle AnalysisNewsArticle AskPublicNewsArticle
  BackgroundNewsArticle OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle Report
  SatiricalArticle ScholarlyArticle MedicalScholarlyArticle SocialMediaPosting BlogPosting
  LiveBlogPosting DiscussionForumPosting TechArticle APIReference`.split(/\s+/),
);

/** True for an article type, however it is written: `NewsArticle`, `schema:NewsArticle`, `https://schema.org/NewsArticle`. */
const isArticleType = (type: unknown) => ARTICLE_TYPES.has(String(type).replace(/^.*[/:#]/, ''));

type Node = { json: Json; path: string };

/** Looks a node like `{ "@id": "…#author" }` up in the graph; other values come back as they are. */
type Resolve = (value: unknown) => unknown;

/** The first article node as Folio input; the document's other articles become its related articles. */
export function mapSchemaOrg(reading: Reading, input: unknown): Mapped {
  const nodes = flatten(reading, compact(input));
  const [found, ...others] = nodes.filter(({ json }) => [json['@type']].flat().some(isArticleType));
  if (!found) fail(reading, '@type', 'names no article type (Article, NewsArticle, BlogPosting or another type under Article)');
  const byId = new Map(nodes.map(({ json }) => [json['@id'], json]));
  const resolve: Resolve = (value) =>
    (isObject(value) && typeof value['@id'] === 'string' && byId.get(value['@id'])) || value;
  const { json, path } = found;
  const at = path ? `${path}.` : '';
  const page = resolve(json.mainEntityOfPage);
  // Yoast SEO describes the page, not the article, in its @graph.
  const ownDescription = json.description != null;
  const description = plain(reading, ownDescription || !isObject(page) ? json.description : page.description);
  // Without a headline, the description's or else the body's opening words stand in for one.
  const title =
    headline(reading, json) ?? excerpt(someText(description) ?? plainBody(reading, json.articleBody), 80) ?? json.headline;
  const blocks = [
    ...body(reading, json.articleBody),
    ...[json.liveBlogUpdate ?? []].flat().flatMap((update) => liveUpdate(reading, update)),
  ];
  const paths: SourcePaths = {
    url: `${at}${json.url != null ? 'url' : 'mainEntityOfPage'}`,
    title: `${at}${json.headline != null || json.name == null ? 'headline' : 'name'}`,
    dek: `${at}${ownDescription ? 'description' : 'mainEntityOfPage.description'}`,
    category: `${at}articleSection`,
    published: `${at}${json.datePublished == null && json.dateCreated != null ? 'dateCreated' : 'datePublished'}`,
    updated: `${at}dateModified`,
    lang: `${at}inLanguage`,
    tags: `${at}keywords`,
    body: `${at}articleBody`,
    ...imagePaths('image', `${at}image`),
  };
  return {
    input: {
      url: pageUrl(json, page),
      title,
      dek: description === title ? undefined : description,
      category: firstText(json.articleSection),
      // A CMS that writes no datePublished writes when the article was made.
      published: json.datePublished ?? json.dateCreated,
      updated: json.dateModified,
      authors: authors(json, at, resolve, paths),
      image: image(json, resolve),
      lang: typeof json.inLanguage === 'string' ? json.inLanguage : undefined,
      tags: keywords(json.keywords),
      body: blocks,
      // A paywall's marking (`false`, or the text "False" some sites write), with no text to show.
      locked: !blocks.length && /^false$/i.test(String(json.isAccessibleForFree)),
      related: related(reading, others, resolve, paths),
    },
    paths,
  };
}

/** Properties that hold one value, which some sites still write as a one-item list. */
const SINGLE = new Set(
  'headline name description url mainEntityOfPage datePublished dateModified dateCreated inLanguage articleBody isAccessibleForFree contentUrl width height caption thumbnailUrl'.split(' '),
);

/**
 * JSON-LD as a plain tree: an ordered list (`{ "@list": [...] }`) is its list, a value object
 * (`{ "@value": "…", "@language": "ko" }`) its value, and a one-item list where one value belongs
 * that value. All three are valid JSON-LD with one meaning, so they draw no warning.
 */
function compact(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => compact(item));
    return SINGLE.has(key) && items.length === 1 ? items[0] : items;
  }
  if (!isObject(value)) return value;
  if ('@list' in value) return compact(value['@list'], key);
  if ('@value' in value) return value['@value'];
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, compact(item, name)]));
}

/**
 * Every node with its path: the input itself, each item of a list, each node of an `@graph`, and
 * the posts a `Blog` lists in `blogPost`.
 */
function flatten(reading: Reading, input: unknown, path = ''): Node[] {
  if (Array.isArray(input)) return input.flatMap((item, i) => flatten(reading, item, `${path}[${i}]`));
  // Site templates leave `null` or `{}` where a node was meant to be.
  if (path && (!isObject(input) || !Object.keys(input).length)) {
    warn(reading, path, `is ${isObject(input) ? 'an empty node' : JSON.stringify(input ?? null)}, not a node: skipped.`);
    return [];
  }
  const json = object(reading, input, path || 'input');
  const at = path ? `${path}.` : '';
  if (Array.isArray(json['@graph'])) return flatten(reading, json['@graph'], `${at}@graph`);
  const posts = Array.isArray(json.blogPost) ? flatten(reading, json.blogPost, `${at}blogPost`) : [];
  // An article inside another node: a page's `mainEntity`, or under a key of the site's own (`article`).
  const inner = Object.entries(json).flatMap(([key, value]) =>
    isObject(value) && [value['@type']].flat().some(isArticleType) ? flatten(reading, value, `${at}${key}`) : [],
  );
  return [{ json, path }, ...posts, ...inner];
}

const headline = (reading: Reading, json: Json) => plain(reading, someText(json.headline) ?? someText(json.name));

/** `url`, or the page the article is the main entity of (`mainEntityOfPage`, resolved). */
const pageUrl = (json: Json, page: unknown) =>
  someText(json.url) ?? (isObject(page) ? (page.url ?? page['@id']) : page);

/** The other articles of the document, as related articles when they have a link and a headline. */
function related(reading: Reading, nodes: Node[], resolve: Resolve, paths: SourcePaths): Json[] {
  const found: Json[] = [];
  for (const { json, path } of nodes) {
    const link = pageUrl(json, resolve(json.mainEntityOfPage));
    const title = headline(reading, json);
    if (absent(link) || absent(title)) continue;
    const at = `related[${found.length}]`;
    Object.assign(paths, imagePaths(`${at}.image`, `${path}.image`), {
      [at]: path,
      [`${at}.url`]: `${path}.${json.url != null ? 'url' : 'mainEntityOfPage'}`,
      [`${at}.summary`]: `${path}.description`,
      [`${at}.published`]: `${path}.datePublished`,
    });
    // `readArticle` keeps what a card shows of the image.
    found.push({ url: link, title, summary: plain(reading, json.description), published: json.datePublished, image: image(json, resolve) });
  }
  return found;
}

/** `articleBody` as one line of text, HTML or not. */
const plainBody = (reading: Reading, value: unknown) => (typeof value === 'string' ? textOf(reading, value) : undefined);

/** `articleBody` is text, but some sites put HTML in it; HTML goes to the sanitizer as HTML. */
function body(reading: Reading, value: unknown): Block[] {
  const content = someText(value);
  if (content && hasTag(content)) return [{ type: 'html', html: content }];
  // Plain text, whose character references (`&#39;`) are decoded once, as in any plain-text field.
  return textToBlocks(content && decodeText(reading, content));
}

/** True when `text` holds a tag: a `<` and a letter with a `>` after them. Looked for once, not from every `<`. */
function hasTag(text: string): boolean {
  const start = /<[a-z]/i.exec(text);
  return !!start && text.includes('>', start.index);
}

/** A live blog's update: its headline as a subheading, then its text. */
function liveUpdate(reading: Reading, value: unknown): Block[] {
  if (!isObject(value)) return [];
  const headline = someText(value.headline);
  return [...(headline ? [{ type: 'heading', text: headline, level: 2 } as const] : []), ...body(reading, value.articleBody)];
}

/** People and organizations given by name, or as objects with `name` and `url`; nameless ones are skipped. */
function authors(json: Json, at: string, resolve: Resolve, paths: SourcePaths): unknown[] {
  const found: unknown[] = [];
  const key = json.author == null && json.creator != null ? 'creator' : 'author';
  [json[key] ?? []].flat().forEach((value, i) => {
    const person = resolve(value);
    if (isObject(person) && absent(person.name)) return;
    paths[`authors[${found.length}]`] = `${at}${key}[${i}]`;
    found.push(isObject(person) ? { name: person.name, url: person.url } : { name: person });
  });
  return found;
}

/** Where the fields of an image come from. */
const imagePaths = (path: string, image: string): SourcePaths => ({
  [path]: image,
  [`${path}.src`]: `${image}.url`,
});

/** The first image: a URL, or an `ImageObject` with `url` or `contentUrl`; else `thumbnailUrl`. */
function image(article: Json, resolve: Resolve): Json | undefined {
  const value = resolve([article.image ?? article.thumbnailUrl].flat()[0]);
  const json = isObject(value) ? value : { url: value };
  const src = json.url ?? json.contentUrl;
  if (src == null) return undefined;
  // schema.org allows a size as `{ "value": 1200 }` as well as a number.
  const size = (key: string) => (isObject(json[key]) ? json[key].value : json[key]);
  return { src, alt: '', width: size('width'), height: size('height'), caption: firstText(json.caption) };
}

/** `keywords`: a list, or one comma-separated string. */
const keywords = (value: unknown) =>
  typeof value === 'string' ? value.split(',').flatMap((word) => word.trim() || []) : value;

/** The first string of a value that may be one string or a list (site markup mixes both). */
const firstText = (value: unknown) =>
  [value]
    .flat()
    .find((item): item is string => typeof item === 'string' && item.trim() !== '')
    ?.trim();
