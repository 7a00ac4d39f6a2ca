/** Small helpers the adapters share: plain text into blocks, short excerpts, and HTML read as text. */
import type { Block } from '../article.js';
import { toText } from '../reading.js';
import type { Reading } from '../reading.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Plain text made safe to read as HTML, so `a < b` stays text. */
export const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]);

/** Plain text as paragraphs: a blank line starts a paragraph, a single line break stays a break. */
export function textToBlocks(text: string | undefined): Block[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ type: 'paragraph', html: lines(escapeHtml(paragraph)).join('<br>') }));
}

/** The lines of `text`, trimmed (split, not matched with a pattern that backtracks over long runs of spaces). */
const lines = (text: string) => text.split('\n').map((line) => line.trim());

/** `text` on one line, cut at a word boundary to at most `max` characters (an ellipsis included). */
export function excerpt(text: string | undefined, max: number): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  if (!line || line.length <= max) return line || undefined;
  const cut = line.lastIndexOf(' ', max - 1);
  return `${line.slice(0, cut > 0 ? cut : max - 1)}…`;
}

/** A string that is not blank, trimmed; anything else is `undefined` (adapters map, `readArticle` validates). */
export const someText = (value: unknown): string | undefined =>
  (typeof value === 'string' && value.trim()) || undefined;

/** Nothing there: `undefined`, `null` or blank text. A value of the wrong type is there, for `readArticle` to report. */
export const absent = (value: unknown): boolean =>
  value == null || (typeof value === 'string' && !value.trim());

/**
 * HTML, or text that some sites fill with markup (`<b>`), read as a reader sees it and written as
 * Folio plain text, whose character references `readArticle` decodes once: the `&` of the text is
 * written `&amp;` so that the decoding gives it back as it was. Values that are not strings pass
 * through for `readArticle` to report.
 */
export const plain = (reading: Reading, value: unknown): unknown =>
  typeof value === 'string' ? textOf(reading, value) || undefined : value;

/** HTML as Folio plain text (see `plain`). */
export const textOf = (reading: Reading, html: string): string => toText(reading, html).replace(/&/g, '&amp;');
