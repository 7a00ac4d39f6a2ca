/**
 * Folio's own output, handed back to it: the article the server renders, given to its element; an
 * article's related items, given to `<folio-related>`; the inline JSON the server writes, read by
 * the client. Read again, such a value is checked as any input is (URLs through the guard, HTML
 * sanitized where it is shown), but its text is not decoded again: its character references were
 * decoded once already, and text that still reads like one (`&amp;` in an article about HTML) is
 * text. Decoding makes text, never markup, so taking a value for Folio's own is no matter of safety.
 */
import { asDecoded } from './reading.js';
import type { Reading } from './reading.js';

const ours = new WeakSet<object>();

/** Marks `value` as Folio's own output (an object; anything else is left unmarked). */
export function markRead<T>(value: T): T {
  if (typeof value === 'object' && value !== null) ours.add(value);
  return value;
}

/** Runs `read` on `value`, with its text taken as it is when `value` is Folio's own output (`has` is false for a primitive). */
export const readAgain = <T>(reading: Reading, value: unknown, read: (reading: Reading) => T): T =>
  read(ours.has(value as object) ? asDecoded(reading) : reading);
