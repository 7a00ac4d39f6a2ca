/** Dates as readers expect them: `<time datetime>` with the date written in the content's language. */
import { html } from 'lit';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats an ISO 8601 date in `lang`; a bare date stays that calendar day in every time zone. */
export function formatDate(iso: string, lang: string): string {
  const timeZone = DATE_ONLY.test(iso) ? 'UTC' : undefined;
  try {
    return dateFormat(lang, timeZone).format(new Date(iso));
  } catch {
    return iso;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and zone: making one costs far more than using it, and a carousel shows hundreds of dates. */
function dateFormat(lang: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone })));
  return format;
}

export const renderTime = (iso: string, lang: string) =>
  html`<time datetime=${iso}>${formatDate(iso, lang)}</time>`;
