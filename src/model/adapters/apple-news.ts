/**
 * Apple News Format `article.json` (developer.apple.com/documentation/apple_news): the title,
 * intro and `metadata` block make the header; the components, read in order through containers,
 * make the body, each by its role. Text is HTML, Markdown (Apple News Markdown's few marks) or
 * plain, as its `format` says.
 */
import type { Block } from '../article.js';
import { isObject, object } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import { warn } from '../reading.js';
import type { Reading, SourcePaths } from '../reading.js';
import { absent, escapeHtml, plain, someText, textToBlocks } from './text.js';

/** Roles that hold other components; their children are read in order. */
const CONTAINERS = new Set(['container', 'section', 'chapter', 'aside', 'header', 'collection']);
/** Roles the header already shows, or that only lay the page out. */
const HEADER_ROLES = new Set(['title', 'intro', 'byline', 'author', 'photographer', 'illustrator', 'caption', 'banner_advertisement', 'medium_rectangle_advertisement', 'spacer']);
const PHOTO_ROLES = new Set(['photo', 'image', 'figure', 'portrait', 'logo']);

type Found = { json: Json; path: string };

export function mapAppleNews(reading: Reading, input: unknown): Mapped {
  const article = object(reading, input, 'article');
  const metadata = isObject(article.metadata) ? article.metadata : {};
  const components = walk(article.components, 'components');
  const role = (name: string) => components.find(({ json }) => json.role === name);
  const [lead] = components.filter(({ json, path }) => PHOTO_ROLES.has(String(json.role)) && insideHeader(components, path));
  const intro = role('intro');
  const title = role('title');
  const paths: SourcePaths = {
    url: 'metadata.canonicalURL',
    title: title ? `${title.path}.text` : 'title',
    dek: intro ? `${intro.path}.text` : 'metadata.excerpt',
    published: 'metadata.datePublished',
    updated: 'metadata.dateModified',
    authors: 'metadata.authors',
    image: lead ? lead.path : 'metadata.thumbnailURL',
    lang: 'language',
    tags: 'metadata.keywords',
    body: 'components',
  };
  return {
    input: {
      url: metadata.canonicalURL,
      title: someText(title?.json.text) ?? article.title,
      dek: someText(intro?.json.text) ?? someText(article.subtitle) ?? metadata.excerpt,
      published: metadata.datePublished,
      updated: metadata.dateModified,
      authors: metadata.authors,
      image: lead ? photo(reading, lead.json) : someText(metadata.thumbnailURL),
      lang: article.language,
      tags: metadata.keywords,
      body: body(reading, components.filter((found) => found !== lead), paths),
    },
    paths,
  };
}

/** Every component with its path, containers' children in order after their container. */
function walk(value: unknown, at: string): Found[] {
  return (Array.isArray(value) ? value : []).flatMap((json, i) => {
    const path = `${at}[${i}]`;
    if (!isObject(json)) return [];
    return [{ json, path }, ...(CONTAINERS.has(String(json.role)) ? walk(json.components, `${path}.components`) : [])];
  });
}

const insideHeader = (components: Found[], path: string) =>
  components.some(({ json, path: at }) => json.role === 'header' && path.startsWith(`${at}.`));

function photo(reading: Reading, json: Json): Json {
  const caption = isObject(json.caption) ? json.caption.text : json.caption;
  return { src: json.URL, alt: someText(json.accessibilityCaption) ?? '', caption: plain(reading, caption) };
}

function body(reading: Reading, components: Found[], paths: SourcePaths): Block[] {
  const blocks: Block[] = [];
  for (const { json, path } of components) {
    const role = String(json.role);
    if (CONTAINERS.has(role) || HEADER_ROLES.has(role)) continue;
    const found = toBlocks(reading, json, role);
    if (!found) {
      warn(reading, path, `(role ${JSON.stringify(json.role ?? null)}) is not shown: Folio shows text, headings, photos, quotes, dividers, audio, video and embeds (as links).`);
      continue;
    }
    for (const block of found) {
      paths[`body[${blocks.length}]`] = path;
      blocks.push(block);
    }
  }
  return blocks;
}

/** The blocks a component becomes, or `undefined` for a role Folio does not show. */
function toBlocks(reading: Reading, json: Json, role: string): Block[] | undefined {
  const text = someText(json.text);
  const heading = /^heading([1-6])?$/.exec(role);
  if (heading) return text ? [{ type: 'heading', text: String(plain(reading, formatted(json, text)) ?? text), level: Math.min(4, Math.max(2, Number(heading[1] ?? 2))) as 2 | 3 | 4 }] : [];
  if (PHOTO_ROLES.has(role)) return absent(json.URL) ? [] : [{ type: 'image', ...photo(reading, json) } as Block];
  if (role === 'gallery' || role === 'mosaic') {
    return (Array.isArray(json.items) ? json.items : []).flatMap((item) => (isObject(item) && !absent(item.URL) ? [{ type: 'image', ...photo(reading, item) } as Block] : []));
  }
  if (role === 'audio' || role === 'music' || role === 'video') {
    return absent(json.URL) ? [] : [{ type: 'media', kind: role === 'video' ? 'video' : 'audio', src: String(json.URL), title: someText(json.caption) }];
  }
  if (role === 'embedwebvideo' || role === 'embedvideo' || role === 'tweet' || role === 'instagram' || role === 'facebook_post' || role === 'tiktok') {
    return absent(json.URL) ? [] : [{ type: 'paragraph', html: `<a href="${escapeHtml(String(json.URL)).replace(/"/g, '&quot;')}">${escapeHtml(someText(json.caption) ?? String(json.URL))}</a>` }];
  }
  switch (role) {
    case 'body':
      return text ? textBlocks(json, text) : [];
    case 'pullquote':
    case 'quote':
      return text ? [{ type: 'quote', html: formatted(json, text) }] : [];
    case 'divider':
      return [{ type: 'html', html: '<hr>' }];
    case 'htmltable':
      return someText(json.html) ? [{ type: 'html', html: String(json.html) }] : [];
    default:
      return undefined;
  }
}

/** A component's text as HTML: as written for `html`, read for `markdown`, escaped for plain text. */
function formatted(json: Json, text: string): string {
  if (json.format === 'html') return text;
  if (json.format === 'markdown') return markdown(text);
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/** A body component: HTML as one block, Markdown paragraph by paragraph, plain text as paragraphs. */
function textBlocks(json: Json, text: string): Block[] {
  if (json.format === 'html') return [{ type: 'html', html: text }];
  if (json.format !== 'markdown') return textToBlocks(text);
  return text.split(/\n\s*\n/).flatMap((part): Block[] => {
    const lines = part.trim().split('\n');
    if (!lines[0]) return [];
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
    if (heading && lines.length === 1) return [{ type: 'heading', text: heading[2], level: Math.min(4, Math.max(2, heading[1].length)) as 2 | 3 | 4 }];
    if (lines.every((line) => /^\s*(?:[-*+]|\d+\.)\s/.test(line))) {
      return [{ type: 'list', ordered: /^\s*\d/.test(lines[0]), items: lines.map((line) => markdown(line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''))) }];
    }
    return [{ type: 'paragraph', html: markdown(lines.join('\n')).replace(/\n/g, '<br>') }];
  });
}

/** Apple News Markdown's inline marks: `**strong**`, `*emphasis*` (or `_`), `[links](url)`; the rest is text. */
function markdown(text: string): string {
  return escapeHtml(text)
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => `<a href="${href.replace(/"/g, '&quot;')}">${label}</a>`)
    .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])/g, '<em>$1</em>');
}
