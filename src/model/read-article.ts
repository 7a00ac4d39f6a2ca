/**
 * Reads Folio Article v1 JSON into the canonical `Article`: the one place input is validated,
 * whether it came as Folio JSON or from an adapter. Liberal where it can be: a malformed optional
 * field is repaired or left out with a warning; only an input with no title, or with a body that
 * is not one, is refused, with every such problem named.
 */
import type {
  Article,
  ArticleImage,
  Author,
  Block,
  Category,
  MediaBlock,
  RelatedItem,
  ShareOptions,
} from './article.js';
import {
  absent,
  date,
  isObject,
  language,
  list,
  object,
  optionalObject,
  pixels,
  plainText,
  text,
  texts,
  url,
} from './fields.js';
import type { Json } from './fields.js';
import { nearest } from './near-miss.js';
import { renamedNetwork, renamedWarning } from './networks.js';
import { markRead, readAgain } from './read-again.js';
import { problem, report, warn, withPaths } from './reading.js';
import type { Reading, SourcePaths } from './reading.js';

/**
 * A document an adapter mapped to Folio input, not yet validated: the input, where its fields came
 * from (for the paths in messages), and the address of the document around it (a feed's home
 * page), which its relative URLs resolve against when there is no `src`.
 */
export interface Mapped {
  input: Json;
  paths: SourcePaths;
  base?: string;
  /** Folio JSON with only its body converted (from Portable Text…): its keys are checked as Folio's. */
  own?: boolean;
}

/** A format's reader: a document in its format mapped to Folio input. */
export type FormatReader = (reading: Reading, input: unknown) => Mapped;

/**
 * Validates Folio input, naming fields by their paths in the document it was mapped from. A
 * document that came without its body (news pages' JSON-LD often leaves `articleBody` out, a
 * WordPress query its `content`) is said to, since the reader sees a header and a link on.
 */
export function readMapped(outer: Reading, { input, paths, base, own }: Mapped): Article {
  const reading = withPaths(outer, paths);
  const article = own ? readFolio(reading, input) : readArticle(reading, input, base);
  if (!article.body.length && !article.locked) noBody(reading, article.url);
  return article;
}

/** The keys of Folio Article JSON, by where they appear. */
const KEYS = {
  article: 'url title dek category published updated authors image lang tags body locked share related',
  category: 'name url',
  author: 'name url',
  image: 'src alt width height caption credit',
  share: 'networks text hashtags',
  related: 'url title summary category published image',
  block: 'type html text level src alt width height caption credit cite ordered items id kind mime title',
};
const known = Object.fromEntries(
  Object.entries(KEYS).map(([where, keys]) => [where, keys.split(' ')]),
) as Record<keyof typeof KEYS, string[]>;

/**
 * True for what looks like Folio Article JSON: an object at least half of whose keys are Folio's
 * (or slips of the keyboard for one). A post of another platform has a `title` and a `url` too,
 * but among dozens of keys of its own.
 */
export function looksLikeFolio(input: unknown): input is Json {
  if (!isObject(input)) return false;
  const keys = Object.keys(input);
  const ours = keys.filter((key) => known.article.includes(key) || nearest(key, known.article)).length;
  return ours > 0 && ours * 2 >= keys.length;
}

/**
 * Folio Article JSON as the author wrote it: besides reading it, names each key Folio does not
 * know, with the key it probably meant (`titel` → `title`).
 */
export function readFolio(reading: Reading, input: unknown): Article {
  const json = object(reading, input, 'article');
  checkKeys(reading, json, 'article', '');
  for (const key of ['category', 'image', 'share'] as const)
    if (isObject(json[key])) checkKeys(reading, json[key], key, `${key}.`);
  const each = (value: unknown, where: keyof typeof KEYS, path: string) =>
    Array.isArray(value) &&
    value.forEach((item, i) => isObject(item) && checkKeys(reading, item, where, `${path}[${i}].`));
  each(json.authors, 'author', 'authors');
  each(json.related, 'related', 'related');
  each(json.body, 'block', 'body');
  return readArticle(reading, json);
}

function checkKeys(reading: Reading, json: Json, where: keyof typeof KEYS, at: string): void {
  for (const key of Object.keys(json)) {
    if (known[where].includes(key)) continue;
    const guess = nearest(key, known[where]);
    const path = `${at}${key}`;
    report(reading, path, `unknown key "${path}" — ${guess ? `did you mean "${at}${guess}"?` : 'ignored.'}`);
  }
}

/** Folio input as an `Article`, which is Folio's own output: read again, its text is not decoded again. */
export const readArticle = (reading: Reading, input: unknown, formatBase?: string): Article =>
  markRead(readAgain(reading, input, (reading) => readFields(reading, input, formatBase)));

function readFields(reading: Reading, input: unknown, formatBase?: string): Article {
  const json = object(reading, input, 'article');
  const { src } = reading;
  const own = url(reading, json.url, 'url', src ?? formatBase);
  // A feed's items are resolved against the feed (its home page), as its other items are.
  const base = src ?? formatBase ?? own;
  return {
    url: own,
    title: plainText(reading, json.title, 'title') ?? missingTitle(reading, json),
    dek: plainText(reading, json.dek, 'dek'),
    category: readCategory(reading, json.category, base),
    published: date(reading, json.published, 'published'),
    updated: date(reading, json.updated, 'updated'),
    authors: list(reading, json.authors, 'authors').flatMap(
      (a, i) => readAuthor(reading, a, `authors[${i}]`, base) ?? [],
    ),
    image: readImage(reading, json.image, 'image', base),
    lang: language(reading, json.lang, 'lang'),
    tags: texts(reading, json.tags, 'tags'),
    body: readBody(reading, json.body, base),
    locked: readFlag(reading, json.locked, 'locked') || undefined,
    share: readShare(reading, json.share),
    related: readRelated(reading, json.related, 'related', base),
  };
}

/** The element links an article without a body to its full text at its `url`: the warning says so, or that there is nowhere to link to. */
function noBody(reading: Reading, url: string | undefined): void {
  warn(
    reading,
    'body',
    url
      ? 'is missing: the document has no body, so the article links to the full text at its url.'
      : 'is missing, and the document has no url to link to: only the header is shown. Give the article a body or a url.',
  );
}

/** The problem of a missing title, naming a key that looks like a misspelt `title`. */
function missingTitle(reading: Reading, json: Json): string {
  const guess = Object.keys(json).find((key) => key !== 'title' && nearest(key, ['title']));
  problem(reading, 'title', guess ? `is required — found "${guess}": did you mean "title"?` : 'is required');
  return '';
}

function readCategory(reading: Reading, value: unknown, base?: string): Category | undefined {
  if (!isObject(value)) {
    const name = plainText(reading, value, 'category');
    return name ? { name } : undefined;
  }
  const name = plainText(reading, value.name, 'category.name');
  if (!name) return void (absent(value.name) && warn(reading, 'category', 'has no name: left out.'));
  return { name, url: url(reading, value.url, 'category.url', base) };
}

function readAuthor(reading: Reading, value: unknown, path: string, base?: string): Author | undefined {
  if (!isObject(value)) {
    const name = plainText(reading, value, path);
    return name ? { name } : undefined;
  }
  const name = plainText(reading, value.name, `${path}.name`);
  if (!name) return void (absent(value.name) && warn(reading, path, 'has no name: left out.'));
  return { name, url: url(reading, value.url, `${path}.url`, base) };
}

/** An image whose `src` is missing or refused is left out whole: there is nothing to show. */
function readImage(reading: Reading, value: unknown, path: string, base?: string): ArticleImage | undefined {
  const json = typeof value === 'string' ? { src: value } : optionalObject(reading, value, path);
  if (!json) return undefined;
  if (absent(json.src)) return void warn(reading, path, 'has no src: left out.');
  const src = url(reading, json.src, `${path}.src`, base);
  if (!src) return undefined;
  return {
    src,
    alt: plainText(reading, json.alt, `${path}.alt`) ?? '',
    width: pixels(reading, json.width, `${path}.width`),
    height: pixels(reading, json.height, `${path}.height`),
    caption: plainText(reading, json.caption, `${path}.caption`),
    credit: plainText(reading, json.credit, `${path}.credit`),
  };
}

function readShare(reading: Reading, value: unknown): ShareOptions | undefined {
  const json = optionalObject(reading, value, 'share');
  if (!json) return undefined;
  return {
    networks:
      json.networks != null
        ? texts(reading, json.networks, 'share.networks').map((name, i) => {
            const renamed = renamedNetwork(name);
            if (renamed) warn(reading, `share.networks[${i}]`, renamedWarning(name, renamed));
            return renamed ?? name;
          })
        : undefined,
    text: plainText(reading, json.text, 'share.text'),
    hashtags: texts(reading, json.hashtags, 'share.hashtags').map((tag) => tag.replace(/^#/, '')),
  };
}

/** The body: one HTML string, or blocks. A body of any other kind is no body: the input is refused. */
function readBody(reading: Reading, value: unknown, base?: string): Block[] {
  if (value == null) return [];
  if (typeof value === 'string') return value.trim() ? [{ type: 'html', html: value }] : [];
  if (!Array.isArray(value))
    return problem(reading, 'body', 'must be a list of blocks or an HTML string') ?? [];
  return value.flatMap((block, i) => readBlock(reading, block, `body[${i}]`, base) ?? []);
}

function readBlock(reading: Reading, value: unknown, path: string, base?: string): Block | undefined {
  const json = optionalObject(reading, value, path, 'a block object');
  if (!json) return undefined;
  const required = (key: string) => {
    const found = text(reading, json[key], `${path}.${key}`);
    if (!found) warn(reading, path, `has no ${key}: left out.`);
    return found;
  };
  switch (json.type) {
    case 'paragraph':
    case 'html': {
      const html = required('html');
      return html ? { type: json.type, html } : undefined;
    }
    case 'heading': {
      const heading = plainText(reading, json.text, `${path}.text`);
      if (!heading) return void warn(reading, path, 'has no text: left out.');
      return { type: 'heading', text: heading, level: readLevel(reading, json.level, `${path}.level`) };
    }
    case 'quote': {
      const html = required('html');
      return html ? { type: 'quote', html, cite: plainText(reading, json.cite, `${path}.cite`) } : undefined;
    }
    case 'list': {
      const items = list(reading, json.items, `${path}.items`).flatMap(
        (item, i) => text(reading, item, `${path}.items[${i}]`) ?? [],
      );
      if (!items.length) return void (absent(json.items) && warn(reading, path, 'has no items: left out.'));
      return { type: 'list', ordered: readFlag(reading, json.ordered, `${path}.ordered`) ?? false, items };
    }
    case 'image': {
      const image = readImage(reading, json, path, base);
      return image && { type: 'image', ...image };
    }
    case 'ad': {
      const id = readAdId(reading, json.id, `${path}.id`);
      return id ? { type: 'ad', id } : undefined;
    }
    case 'media':
      return readMedia(reading, json, path, base);
    default:
      warn(reading, path, `was skipped: unknown block type ${JSON.stringify(json.type)}.`);
      return undefined;
  }
}

/** An audio or video block; `kind` missing is read from the MIME type when it says which. */
function readMedia(reading: Reading, json: Json, path: string, base?: string): MediaBlock | undefined {
  if (absent(json.src)) return void warn(reading, path, 'has no src: left out.');
  const src = url(reading, json.src, `${path}.src`, base);
  const mime = text(reading, json.mime, `${path}.mime`);
  let kind = json.kind;
  if (kind !== 'audio' && kind !== 'video') {
    const guess = /^(audio|video)\//i.exec(mime ?? '')?.[1].toLowerCase();
    warn(
      reading,
      `${path}.kind`,
      `must be "audio" or "video", not ${JSON.stringify(kind ?? null)}: ${guess ? `read as "${guess}" from its mime.` : 'left out.'}`,
    );
    if (!guess) return undefined;
    kind = guess;
  }
  return src
    ? {
        type: 'media',
        kind: kind as MediaBlock['kind'],
        src,
        mime,
        title: plainText(reading, json.title, `${path}.title`),
      }
    : undefined;
}

/** 2, 3 or 4; other levels are brought into that range (the article's title is the one `<h1>`). */
function readLevel(reading: Reading, value: unknown, path: string): 2 | 3 | 4 {
  if (value == null || value === 2 || value === 3 || value === 4) return value ?? 2;
  const n = Math.round(Number(value));
  const level = (n > 0 ? Math.min(4, Math.max(2, n)) : 2) as 2 | 3 | 4;
  warn(reading, path, `must be 2, 3 or 4, not ${JSON.stringify(value)}: read as ${level}.`);
  return level;
}

/** `true` or `false` (also as the text "true" or "false"); `undefined` when absent. */
function readFlag(reading: Reading, value: unknown, path: string): boolean | undefined {
  if (value == null || typeof value === 'boolean') return value ?? undefined;
  const flag = /^(true|false)$/i.exec(String(value).trim())?.[1].toLowerCase();
  warn(
    reading,
    path,
    flag
      ? `is text, not true or false: read as ${flag}.`
      : `must be true or false, not ${JSON.stringify(value)}: left out.`,
  );
  return flag ? flag === 'true' : undefined;
}

/** Ad ids name a slot (`slot="ad-X"`), so they are kept to characters that are safe in a name. */
function readAdId(reading: Reading, value: unknown, path: string): string | undefined {
  const id = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (id && /^[\w-]+$/.test(id)) return id;
  warn(
    reading,
    path,
    `must be letters, digits, "-" and "_", such as "mid-1", not ${JSON.stringify(value ?? null)}: the slot is left out.`,
  );
  return undefined;
}

/** Related items: a `url` and a title or a summary each; items without them are left out with a warning. */
export const readRelated = (reading: Reading, value: unknown, path: string, base?: string): RelatedItem[] =>
  markRead(
    readAgain(reading, value, (reading) =>
      list(reading, value, path).flatMap(
        (item, i) => readRelatedItem(reading, item, `${path}[${i}]`, base) ?? [],
      ),
    ),
  );

function readRelatedItem(
  reading: Reading,
  value: unknown,
  path: string,
  base?: string,
): RelatedItem | undefined {
  const json = optionalObject(reading, value, path);
  if (!json) return undefined;
  const title = plainText(reading, json.title, `${path}.title`);
  const summary = plainText(reading, json.summary, `${path}.summary`);
  if (!title && !summary) return void warn(reading, path, 'has neither a title nor a summary: left out.');
  if (absent(json.url)) return void warn(reading, path, 'has no url: left out.');
  const link = url(reading, json.url, `${path}.url`, base);
  if (!link) return undefined;
  const category = isObject(json.category) ? json.category.name : json.category;
  const image = readImage(reading, json.image, `${path}.image`, base);
  return {
    url: link,
    title,
    summary,
    category: plainText(reading, category, `${path}.category`),
    published: date(reading, json.published, `${path}.published`),
    image: image && { src: image.src, alt: image.alt, width: image.width, height: image.height },
  };
}
