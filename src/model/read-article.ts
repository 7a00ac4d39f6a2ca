/**
 * Reads Folio Article v1 JSON into the canonical `Article`, failing with the path of the first bad
 * field: the one place input is validated, whether it came as Folio JSON or from an adapter.
 */
import type { Article, ArticleImage, Author, Block, Category, RelatedItem, ShareOptions } from './article.js';
import { date, isObject, language, list, object, pixels, requiredText, text, texts, url } from './fields.js';
import type { Json } from './fields.js';
import { fail, warn, withReading } from './reading.js';
import type { SourcePaths } from './reading.js';

/**
 * A document an adapter mapped to Folio input, not yet validated: the input, where its fields came
 * from (for the paths in messages), and the document's own address, which relative URLs resolve
 * against when the article has no `url`.
 */
export interface Mapped {
  input: Json;
  paths: SourcePaths;
  base?: string;
}

/** Validates Folio input, naming fields by their paths in the document it was mapped from. */
export function readMapped({ input, paths, base }: Mapped): Article {
  return withReading({ paths }, () => readArticle(input, base));
}

export function readArticle(input: unknown, documentBase?: string): Article {
  const json = object(input, 'article');
  const own = url(json.url, 'url', documentBase);
  const base = own ?? documentBase;
  return {
    url: own,
    title: requiredText(json.title, 'title'),
    dek: text(json.dek, 'dek'),
    category: readCategory(json.category, base),
    published: date(json.published, 'published'),
    updated: date(json.updated, 'updated'),
    authors: list(json.authors, 'authors').map((a, i) => readAuthor(a, `authors[${i}]`, base)),
    image: readImage(json.image, 'image', base),
    lang: language(json.lang, 'lang'),
    tags: texts(json.tags, 'tags'),
    body: readBody(json.body, base),
    locked: readFlag(json.locked, 'locked') || undefined,
    share: readShare(json.share),
    related: readRelated(json.related, 'related', base),
  };
}

function readCategory(value: unknown, base?: string): Category | undefined {
  if (typeof value === 'string' || value == null) {
    const name = text(value, 'category');
    return name ? { name } : undefined;
  }
  const json = object(value, 'category');
  return { name: requiredText(json.name, 'category.name'), url: url(json.url, 'category.url', base) };
}

function readAuthor(value: unknown, path: string, base?: string): Author {
  if (typeof value === 'string') return { name: requiredText(value, path) };
  const json = object(value, path);
  return { name: requiredText(json.name, `${path}.name`), url: url(json.url, `${path}.url`, base) };
}

/** An image whose `src` the URL guard refused is dropped whole: there is nothing to show. */
function readImage(value: unknown, path: string, base?: string): ArticleImage | undefined {
  if (value == null) return undefined;
  const json = typeof value === 'string' ? { src: value } : object(value, path);
  const src = url(requiredText(json.src, `${path}.src`), `${path}.src`, base);
  if (!src) return undefined;
  return {
    src,
    alt: text(json.alt, `${path}.alt`) ?? '',
    width: pixels(json.width, `${path}.width`),
    height: pixels(json.height, `${path}.height`),
    caption: text(json.caption, `${path}.caption`),
    credit: text(json.credit, `${path}.credit`),
  };
}

function readShare(value: unknown): ShareOptions | undefined {
  if (value == null) return undefined;
  const json = object(value, 'share');
  return {
    networks: json.networks != null ? texts(json.networks, 'share.networks') : undefined,
    text: text(json.text, 'share.text'),
    hashtags: texts(json.hashtags, 'share.hashtags').map((tag) => tag.replace(/^#/, '')),
  };
}

/** The body: one HTML string, or blocks. Unknown block types are skipped with a warning. */
function readBody(value: unknown, base?: string): Block[] {
  if (typeof value === 'string') return value.trim() ? [{ type: 'html', html: value }] : [];
  return list(value, 'body').flatMap((block, i) => readBlock(block, `body[${i}]`, base) ?? []);
}

function readBlock(value: unknown, path: string, base?: string): Block | undefined {
  const json = object(value, path);
  const html = (key = 'html') => requiredText(json[key], `${path}.${key}`);
  switch (json.type) {
    case 'paragraph':
    case 'html':
      return { type: json.type, html: html() };
    case 'heading':
      return { type: 'heading', text: html('text'), level: readLevel(json.level, `${path}.level`) };
    case 'quote':
      return { type: 'quote', html: html(), cite: text(json.cite, `${path}.cite`) };
    case 'list':
      return {
        type: 'list',
        ordered: readFlag(json.ordered, `${path}.ordered`) ?? false,
        items: texts(json.items, `${path}.items`),
      };
    case 'image': {
      const image = readImage(json, path, base);
      return image && { type: 'image', ...image };
    }
    case 'ad':
      return { type: 'ad', id: readAdId(json.id, `${path}.id`) };
    default:
      warn(path, `was skipped: unknown block type ${JSON.stringify(json.type)}.`);
      return undefined;
  }
}

function readLevel(value: unknown, path: string): 2 | 3 | 4 {
  if (value == null) return 2;
  if (value !== 2 && value !== 3 && value !== 4) fail(path, 'must be 2, 3 or 4');
  return value;
}

/** `true` or `false`; `undefined` when absent (`undefined` or `null`). */
function readFlag(value: unknown, path: string): boolean | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'boolean') fail(path, 'must be true or false');
  return value;
}

/** Ad ids name a slot (`slot="ad-X"`), so they are kept to characters that are safe in a name. */
function readAdId(value: unknown, path: string): string {
  const id = requiredText(typeof value === 'number' ? String(value) : value, path);
  if (!/^[\w-]+$/.test(id)) fail(path, 'must use only letters, digits, "-" and "_"');
  return id;
}

/** Related items: a `url` and a title or a summary each; items whose URL the guard refused are dropped. */
export function readRelated(value: unknown, path: string, base?: string): RelatedItem[] {
  return list(value, path).flatMap((item, i) => readRelatedItem(item, `${path}[${i}]`, base) ?? []);
}

function readRelatedItem(value: unknown, path: string, base?: string): RelatedItem | undefined {
  const json: Json = object(value, path);
  const link = url(requiredText(json.url, `${path}.url`), `${path}.url`, base);
  const title = text(json.title, `${path}.title`);
  const summary = text(json.summary, `${path}.summary`);
  if (!title && !summary) fail(path, 'needs a title or a summary');
  if (!link) return undefined;
  const category = isObject(json.category) ? json.category.name : json.category;
  const image = readImage(json.image, `${path}.image`, base);
  return {
    url: link,
    title,
    summary,
    category: text(category, `${path}.category`),
    published: date(json.published, `${path}.published`),
    image: image && { src: image.src, alt: image.alt, width: image.width, height: image.height },
  };
}
