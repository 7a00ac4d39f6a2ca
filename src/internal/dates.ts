/** Dates as readers expect them: `<time datetime>` with the date written in the content's language. */
import { html } from 'lit';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats an ISO 8601 date in `lang`; a bare date stays that calendar day in every time zone. */
export function formatDate(iso: string, lang: string): string {
  const timeZone = DATE_ONLY.test(iso) ? 'UTC' : undefined;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(new Date(iso));
  } catch {
    return iso;
  }
}

export const renderTime = (iso: string, lang: string) =>
  html`<time datetime=${iso}>${formatDate(iso, lang)}</time>`;
