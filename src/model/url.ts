/**
 * The URL guard: the one place that decides which URLs from input stay live.
 *
 * Kept: `http:`, `https:`, `mailto:`, and relative URLs, which are resolved against the
 * article's own `url` (or the page when there is none). Everything else — `javascript:`,
 * `data:`, `vbscript:`, `blob:`, `file:`, unknown schemes — is dropped.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the absolute URL when `value` is safe to put in an `href` or `src`, otherwise `undefined`.
 * The browser's own URL parser does the work, so entity or whitespace tricks that a browser would
 * strip are stripped here first, the same way.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, safeBase(base));
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when `url` leaves the page's origin, so links to it should not share an opener or referrer. */
export function isExternal(url: string): boolean {
  try {
    const { protocol, origin } = new URL(url);
    return protocol !== 'mailto:' && origin !== globalThis.location?.origin;
  } catch {
    return false;
  }
}

/** The last base resolved: the sanitizer asks for the same one for every link in an article. */
let resolved: { base?: string; page: string; href: string } | undefined;

function safeBase(base: string | undefined): string {
  const page = globalThis.document?.baseURI ?? 'about:blank';
  if (!base) return page;
  if (resolved?.base !== base || resolved.page !== page) resolved = { base, page, href: resolve(base, page) };
  return resolved.href;
}

function resolve(base: string, page: string): string {
  try {
    const url = new URL(base, page);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : page;
  } catch {
    return page;
  }
}
