/**
 * Contentful Rich Text (a Rich Text field's `{ "nodeType": "document" }`,
 * contentful.com/developers/docs/concepts/rich-text) as an article's `body`: paragraphs,
 * headings, lists, quotes, rules and tables, marks and hyperlinks inline, and embedded assets
 * whose link the Delivery API resolved (with `include`).
 */
import type { Block } from '../article.js';
import { isObject } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import { warn } from '../reading.js';
import type { Reading, SourcePaths } from '../reading.js';
import { escapeHtml, someText } from './text.js';

/** Contentful's marks, and the element each is. */
const MARKS: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u', code: 'code', superscript: 'sup', subscript: 'sub', strikethrough: 's' };

/** Block nodes written as the HTML element of the same meaning. */
const ELEMENTS: Record<string, string> = { 'table-row': 'tr', 'table-cell': 'td', 'table-header-cell': 'th', table: 'table', 'list-item': 'li', 'unordered-list': 'ul', 'ordered-list': 'ol', paragraph: 'p', blockquote: 'blockquote' };

/** Folio JSON whose `body` is a Contentful Rich Text document, with the body as Folio blocks. */
export function mapContentfulBody(reading: Reading, input: unknown): Mapped {
  const article = input as Json;
  const document = article.body as Json;
  const paths: SourcePaths = {};
  const blocks: Block[] = [];
  children(document).forEach((node, i) => {
    const block = toBlock(node);
    if (!block) return void warn(reading, `body.content[${i}]`, `(${JSON.stringify(node.nodeType ?? null)}) is not shown: Folio shows text, headings, lists, quotes, rules, tables and embedded images.`);
    paths[`body[${blocks.length}]`] = `body.content[${i}]`;
    blocks.push(block);
  });
  return { input: { ...article, body: blocks }, paths, own: true };
}

const children = (node: Json): Json[] => (Array.isArray(node.content) ? node.content.filter(isObject) : []);

function toBlock(node: Json): Block | undefined {
  const type = String(node.nodeType);
  const heading = /^heading-([1-6])$/.exec(type);
  if (heading) return { type: 'heading', text: textOf(node).replace(/&/g, '&amp;'), level: Math.min(4, Math.max(2, Number(heading[1]))) as 2 | 3 | 4 };
  switch (type) {
    case 'paragraph':
      return { type: 'paragraph', html: inline(node) };
    case 'unordered-list':
    case 'ordered-list':
      return { type: 'list', ordered: type === 'ordered-list', items: children(node).map((item) => children(item).map(html).join('')) };
    case 'blockquote':
      return { type: 'quote', html: children(node).map(html).join('') };
    case 'hr':
      return { type: 'html', html: '<hr>' };
    case 'table':
      return { type: 'html', html: html(node) };
    case 'embedded-asset-block':
      return asset(node);
    default:
      return undefined;
  }
}

/** A node and what it holds, as HTML. */
function html(node: Json): string {
  const element = ELEMENTS[String(node.nodeType)];
  const inner = element === 'p' || element === 'td' || element === 'th' ? inline(node) : children(node).map(html).join('');
  return element ? `<${element}>${inner}</${element}>` : inline(node);
}

/** Text with its marks, and hyperlinks, as inline HTML. */
function inline(node: Json): string {
  return children(node)
    .map((child) => {
      if (child.nodeType === 'text') {
        const marks = Array.isArray(child.marks) ? child.marks : [];
        return marks.reduceRight((text: string, mark: unknown) => {
          const tag = isObject(mark) ? MARKS[String(mark.type)] : undefined;
          return tag ? `<${tag}>${text}</${tag}>` : text;
        }, escapeHtml(String(child.value ?? '')).replace(/\n/g, '<br>'));
      }
      const uri = child.nodeType === 'hyperlink' && isObject(child.data) ? someText(child.data.uri) : undefined;
      return uri ? `<a href="${escapeHtml(uri).replace(/"/g, '&quot;')}">${inline(child)}</a>` : inline(child);
    })
    .join('');
}

const textOf = (node: Json): string =>
  children(node)
    .map((child) => (child.nodeType === 'text' ? String(child.value ?? '') : textOf(child)))
    .join('');

/** An embedded image whose asset the Delivery API resolved; its URL may come without a scheme (`//images.ctfassets.net/…`). */
function asset(node: Json): Block | undefined {
  const target = isObject(node.data) && isObject(node.data.target) ? node.data.target : {};
  const fields = isObject(target.fields) ? target.fields : {};
  const file = isObject(fields.file) ? fields.file : {};
  const url = someText(file.url);
  if (!url || !/^image\//.test(String(file.contentType ?? 'image/'))) return undefined;
  const details = isObject(file.details) && isObject(file.details.image) ? file.details.image : {};
  return {
    type: 'image',
    src: url.startsWith('//') ? `https:${url}` : url,
    alt: someText(fields.description) ?? '',
    caption: someText(fields.title),
    width: typeof details.width === 'number' ? details.width : undefined,
    height: typeof details.height === 'number' ? details.height : undefined,
  };
}
