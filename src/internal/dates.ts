/** Dates as readers expect them: `<time datetime>` with the date written in the content's language. */
import { html } from 'lit';

/** The calendar date at the start of an ISO 8601 date or date-time (the model gives the extended form). */
const WRITTEN_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Formats the calendar date of an ISO 8601 value in `lang`, as the publisher wrote it: the offset
 * in the value is theirs, so `2016-01-01T23:59:59-06:00` is 1 January for every reader, in every
 * time zone. A value that names no date is shown as it is.
 */
export function formatDate(iso: string, lang: string): string {
  const written = WRITTEN_DATE.exec(iso)?.[0];
  if (!written) return iso;
  try {
    // A bare date reads as midnight UTC, and formatting in UTC keeps that day.
    return dateFormat(lang).format(new Date(written));
  } catch {
    return iso;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language: making one costs far more than using it, and a carousel shows hundreds of dates. */
function dateFormat(lang: string): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (!format)
    formats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
}

export const renderTime = (iso: string, lang: string) =>
  html`<time datetime=${iso}>${formatDate(iso, lang)}</time>`;
