/**
 * Portable Text (Sanity's rich text, portabletext.org) as an article's `body`: blocks by style,
 * list items gathered into lists, decorators and link annotations as inline HTML, and images whose
 * asset carries its URL (as a GROQ query that follows `asset->` gives it).
 */
import type { Block } from '../article.js';
import { isObject } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import { warn } from '../reading.js';
import type { Reading, SourcePaths } from '../reading.js';
import { escapeHtml, someText } from './text.js';

/** Portable Text's decorators, and the element each is. */
const DECORATORS: Record<string, string> = { strong: 'strong', em: 'em', code: 'code', underline: 'u', 'strike-through': 's' };

/** Folio JSON whose `body` is Portable Text, with the body as Folio blocks. */
export function mapPortableTextBody(reading: Reading, input: unknown): Mapped {
  const article = input as Json;
  const paths: SourcePaths = {};
  return { input: { ...article, body: portableText(reading, article.body as unknown[], paths) }, paths, own: true };
}

function portableText(reading: Reading, nodes: unknown[], paths: SourcePaths): Block[] {
  const blocks: Block[] = [];
  nodes.forEach((node, i) => {
    const path = `body[${i}]`;
    const block = isObject(node) ? toBlock(node) : undefined;
    if (!block) return void warn(reading, path, `(${JSON.stringify(isObject(node) ? (node._type ?? null) : node)}) is not shown: Folio shows text blocks, lists and images with a URL.`);
    const last = blocks.at(-1);
    // Consecutive list items of one kind are one list.
    if (block.type === 'list' && last?.type === 'list' && last.ordered === block.ordered) return void last.items.push(...block.items);
    paths[`body[${blocks.length}]`] = path;
    blocks.push(block);
  });
  return blocks;
}

function toBlock(node: Json): Block | undefined {
  if (node._type === 'image') {
    const asset = isObject(node.asset) ? node.asset : {};
    const src = someText(asset.url);
    return src ? { type: 'image', src, alt: someText(node.alt) ?? '', caption: someText(node.caption) } : undefined;
  }
  if (node._type !== 'block') return undefined;
  const html = spans(node);
  if (typeof node.listItem === 'string') return { type: 'list', ordered: node.listItem === 'number', items: [html] };
  const heading = /^h([1-6])$/.exec(String(node.style));
  if (heading) return { type: 'heading', text: plainOf(node), level: Math.min(4, Math.max(2, Number(heading[1]))) as 2 | 3 | 4 };
  if (node.style === 'blockquote') return { type: 'quote', html };
  return { type: 'paragraph', html };
}

/** A block's spans as HTML: each span's text, inside its decorators and link annotations. */
function spans(node: Json): string {
  const defs = new Map((Array.isArray(node.markDefs) ? node.markDefs : []).filter(isObject).map((def) => [def._key, def]));
  return (Array.isArray(node.children) ? node.children : [])
    .filter(isObject)
    .map((span) =>
      (Array.isArray(span.marks) ? span.marks : []).reduceRight((html: string, mark: unknown) => {
        const tag = DECORATORS[String(mark)];
        if (tag) return `<${tag}>${html}</${tag}>`;
        const def = defs.get(mark);
        return def?._type === 'link' && someText(def.href) ? `<a href="${escapeHtml(String(def.href)).replace(/"/g, '&quot;')}">${html}</a>` : html;
      }, escapeHtml(String(span.text ?? '')).replace(/\n/g, '<br>')),
    )
    .join('');
}

/** A block's text alone (for headings, which are plain text), its `&` written as Folio plain text reads it. */
const plainOf = (node: Json) =>
  (Array.isArray(node.children) ? node.children : [])
    .map((span) => (isObject(span) ? String(span.text ?? '') : ''))
    .join('')
    .replace(/&/g, '&amp;');
