/**
 * Field readers for untrusted JSON. Each takes the reading, the value and its path and returns it cleaned up,
 * or `undefined` when it is absent (`undefined`, `null` or blank text). A value of the wrong shape
 * is repaired where its meaning is clear, otherwise dropped, with a warning either way: one bad
 * optional field never costs the reader the article.
 */
import { parseDate } from './dates.js';
import { decodeText, fail, warn } from './reading.js';
import type { Reading } from './reading.js';
import { safeUrl } from './url.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Not there: `undefined`, `null` or blank text. */
export const absent = (value: unknown): boolean => value == null || (typeof value === 'string' && !value.trim());

/** An object, or a failure naming what was found instead: for the input itself, which nothing can stand in for. */
export function object(reading: Reading, value: unknown, path: string): Json {
  if (!isObject(value)) fail(reading, path, `must be an object, not ${describe(value)}`);
  return value;
}

/** An object; anything else is dropped with a warning. */
export function optionalObject(reading: Reading, value: unknown, path: string, what = 'an object'): Json | undefined {
  if (absent(value)) return undefined;
  if (isObject(value)) return value;
  warn(reading, path, `must be ${what}, not ${describe(value)}: left out.`);
  return undefined;
}

/** A string, trimmed; a number is read as its digits. */
export function text(reading: Reading, value: unknown, path: string): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) {
    warn(reading, path, `is a number, not text: read as "${value}".`);
    return String(value);
  }
  warn(reading, path, `must be text, not ${describe(value)}: left out.`);
  return undefined;
}

/**
 * Plain text, with its character references decoded once (`&#8216;Jokes&#8217;` → `‘Jokes’`), as
 * feed readers do. The result is text: the elements never read it as HTML.
 */
export function plainText(reading: Reading, value: unknown, path: string): string | undefined {
  const s = text(reading, value, path);
  return s && (decodeText(reading, s).trim() || undefined);
}

/** An array; `[]` when absent; anything else is dropped with a warning. */
export function list(reading: Reading, value: unknown, path: string): unknown[] {
  if (absent(value)) return [];
  if (Array.isArray(value)) return value;
  warn(reading, path, `must be a list, not ${describe(value)}: left out.`);
  return [];
}

/** A list of plain texts, blanks dropped; one string is split at its commas (`"a, b"`). */
export function texts(reading: Reading, value: unknown, path: string): string[] {
  if (typeof value === 'string' && value.trim()) {
    warn(reading, path, 'is one string, not a list: split at its commas.');
    return value.split(',').flatMap((item) => plainText(reading, item, path) ?? []);
  }
  return list(reading, value, path).flatMap((item, i) => plainText(reading, item, `${path}[${i}]`) ?? []);
}

/** A positive whole number of pixels; `"640px"` and `640.4` read as 640, with a warning. */
export function pixels(reading: Reading, value: unknown, path: string): number | undefined {
  if (absent(value)) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim()) && Number(value) > 0) return Number(value);
  const loose = typeof value === 'number' ? value : Number(/^\s*(\d+(?:\.\d+)?)\s*px\s*$/i.exec(String(value))?.[1]);
  const n = Math.round(loose);
  if (n > 0) {
    warn(reading, path, `${JSON.stringify(value)} is not a whole number of pixels: read as ${n}.`);
    return n;
  }
  warn(reading, path, `must be a whole number of pixels, such as 640, not ${JSON.stringify(value)}: left out.`);
  return undefined;
}

/** A date or date-time, as ISO 8601 in extended form with the offset that was written. */
export function date(reading: Reading, value: unknown, path: string): string | undefined {
  const s = text(reading, value, path);
  if (s === undefined) return undefined;
  const iso = parseDate(s);
  if (!iso) {
    warn(reading, path, `${JSON.stringify(s)} is not a date Folio can read: left out. Use ISO 8601, such as 2025-08-10 or 2025-08-10T09:00:00+02:00.`);
  } else if (iso !== s && iso !== s.replace(/(\.\d{3})\d+/, '$1')) {
    // ISO 8601 allows a fraction of any length; the canonical form keeps the milliseconds HTML's `datetime` takes.
    warn(reading, path, `${JSON.stringify(s)} is not ISO 8601: read as ${iso}.`);
  }
  return iso;
}

/**
 * Country codes that sites write where a language belongs, and the language each country's
 * articles are in. Only codes that are no language of their own, or one no news site writes in.
 */
const COUNTRY_LANGUAGES: Record<string, string> = {
  jp: 'ja', kr: 'ko', cn: 'zh', gr: 'el', se: 'sv', dk: 'da', cz: 'cs', ua: 'uk', il: 'he', vn: 'vi', gb: 'en', us: 'en',
};

/** A BCP 47 language tag, canonicalized (`EN-us` → `en-US`); a country code is read as its language, with a warning. */
export function language(reading: Reading, value: unknown, path: string): string | undefined {
  const s = text(reading, value, path);
  if (s === undefined) return undefined;
  const country = Object.hasOwn(COUNTRY_LANGUAGES, s.toLowerCase()) ? COUNTRY_LANGUAGES[s.toLowerCase()] : undefined;
  if (country) {
    warn(reading, path, `${JSON.stringify(s)} is a country code, not a language: read as "${country}". Use a language tag such as "${country}".`);
    return country;
  }
  try {
    return Intl.getCanonicalLocales(s.replace(/_/g, '-'))[0];
  } catch {
    warn(reading, path, `${JSON.stringify(s)} is not a BCP 47 language tag such as "en" or "ar-EG": left out.`);
    return undefined;
  }
}

/** Dotted names that are files, not hosts: `photo.jpg` is a relative URL. */
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|avif|svg|html?|php|aspx?|json|xml|pdf|mp[34]|m4a|webm)$/i;

/**
 * True for a host name written without its scheme (`example.com/path/`, `www.example.com`): a
 * first segment of dotted labels ending in letters, that is not a file name.
 */
function isSchemeless(value: string): boolean {
  const host = value.split(/[/?#]/, 1)[0];
  return /^[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,24}$/i.test(host) && !FILE_NAME.test(host);
}

/**
 * A URL that passed the URL guard, made absolute against `base` (the document's own address);
 * `undefined` when absent, refused, or relative with no address to resolve it against.
 */
export function url(reading: Reading, value: unknown, path: string, base?: string): string | undefined {
  const s = text(reading, value, path);
  if (s === undefined) return undefined;
  if (isSchemeless(s)) {
    // Resolved against a base, `example.com/a/` would become a path under it.
    const https = `https://${s}`;
    warn(reading, path, `${JSON.stringify(s)} has no scheme: read as ${JSON.stringify(https)}. Write the URL whole.`);
    return safeUrl(https);
  }
  const safe = safeUrl(s, base);
  if (safe) return safe;
  if (!base && safeUrl(s, 'https://folio.invalid/')) {
    warn(reading, path, `${JSON.stringify(s)} is relative, and the document has no address to resolve it against: left out. Give an absolute "url", or load the document by "src".`);
  } else {
    warn(reading, path, 'was left out: only http(s), mailto and relative URLs are allowed.');
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
