/** Small text helpers the adapters share: plain text into blocks, and short excerpts. */
import type { Block } from '../article.js';
import { htmlToText, needsParsing } from '../../internal/sanitize.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Plain text made safe to read as HTML, so `a < b` stays text. */
export const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]);

/** Plain text as paragraphs: a blank line starts a paragraph, a single line break stays a break. */
export function textToBlocks(text: string | undefined): Block[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ type: 'paragraph', html: escapeHtml(paragraph).replace(/\s*\n\s*/g, '<br>') }));
}

/** `text` on one line, cut at a word boundary to at most `max` characters (an ellipsis included). */
export function excerpt(text: string | undefined, max: number): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  if (!line || line.length <= max) return line || undefined;
  const cut = line.lastIndexOf(' ', max - 1);
  return `${line.slice(0, cut > 0 ? cut : max - 1)}…`;
}

/** Text that some sites fill with markup or entities (`AT&amp;T`, `<b>`), read as a reader sees it; plain text stays as it is. */
export const plain = (text: string | undefined) => (text && needsParsing(text) ? htmlToText(text) : text);
