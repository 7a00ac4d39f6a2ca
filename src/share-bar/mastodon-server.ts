/** The reader's Mastodon server: read from what they type, remembered for this site in `localStorage`. */

const KEY = 'folio-mastodon-server';

/** Labels of letters, digits and inner hyphens; a top-level domain that starts with a letter (so no IP addresses). */
const HOST = /^(?=.{4,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z](?:[a-z\d-]{0,61}[a-z\d])?$/;

/**
 * The host name in what a reader typed — `mastodon.social`, `https://mastodon.social/`,
 * `@me@mastodon.social` — in its ASCII form, or `undefined` when it is not a host name.
 */
export function serverHost(input: string): string | undefined {
  const value = input
    .trim()
    .replace(/^@?[\w.-]+@/, '')
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
  if (!value || /[/:?#@\\\s]/.test(value)) return undefined;
  try {
    // The URL parser lower-cases the name and turns an international one into punycode.
    const { hostname } = new URL(`https://${value}`);
    return HOST.test(hostname) ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The server the reader used last on this site, or `''`. Storage can be blocked (private modes, sandboxed frames). */
export function rememberedServer(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberServer(host: string): void {
  try {
    localStorage.setItem(KEY, host);
  } catch {
    // Not remembered: the reader types it again next time.
  }
}
