/**
 * Field readers for untrusted JSON. Each takes the value and its path, returns it cleaned up,
 * `undefined` when it is absent (`undefined`, `null` or an empty string), or throws a
 * `FolioInputError` naming the path when it has the wrong type.
 */
import { fail, warn } from './reading.js';
import { safeUrl } from './url.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const absent = (value: unknown) => value === undefined || value === null || value === '';

/** An object, or a failure naming what was found instead. */
export function object(value: unknown, path: string): Json {
  if (!isObject(value)) fail(path, `must be an object, not ${describe(value)}`);
  return value;
}

/** A string, trimmed; `undefined` when absent or blank. */
export function text(value: unknown, path: string): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'string') fail(path, `must be a string, not ${describe(value)}`);
  return value.trim() || undefined;
}

/** A string that must be there. */
export function requiredText(value: unknown, path: string): string {
  return text(value, path) ?? fail(path, 'is required');
}

/** An array; `[]` when absent. */
export function list(value: unknown, path: string): unknown[] {
  if (absent(value)) return [];
  if (!Array.isArray(value)) fail(path, `must be an array, not ${describe(value)}`);
  return value;
}

/** A list of strings, blanks dropped. */
export function texts(value: unknown, path: string): string[] {
  return list(value, path).flatMap((item, i) => text(item, `${path}[${i}]`) ?? []);
}

/** A positive whole number of pixels, or `undefined`. */
export function pixels(value: unknown, path: string): number | undefined {
  if (absent(value)) return undefined;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) fail(path, 'must be a positive whole number');
  return n;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO 8601 date or date-time. */
export function date(value: unknown, path: string): string | undefined {
  const s = text(value, path);
  if (s === undefined) return undefined;
  if (!ISO_DATE.test(s) || Number.isNaN(Date.parse(s))) fail(path, 'must be an ISO 8601 date (2025-08-10)');
  return s;
}

/** A BCP 47 language tag, canonicalized (`EN-us` → `en-US`). */
export function language(value: unknown, path: string): string | undefined {
  const s = text(value, path);
  if (s === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(s)[0];
  } catch {
    fail(path, 'must be a BCP 47 language tag such as "en" or "ar-EG"');
  }
}

/**
 * A URL that passed the URL guard, made absolute against `base`; `undefined` when absent or
 * refused (a refused URL is dropped, not an error: the content around it still renders).
 */
export function url(value: unknown, path: string, base?: string): string | undefined {
  const s = text(value, path);
  if (s === undefined) return undefined;
  const safe = safeUrl(s, base);
  if (!safe) warn(path, 'was dropped: only http(s), mailto and relative URLs are allowed.');
  return safe;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
