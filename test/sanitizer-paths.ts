/**
 * The sanitizer's two paths (src/internal/sanitize.ts): the browser's own HTML Sanitizer API where
 * it has one, and DOMPurify, which a test switch forces there too. The safety suites run once per
 * path this browser has: both in Chromium and Firefox, DOMPurify alone in WebKit.
 */
import { hasPlatformSanitizer, sanitizerReady } from '../src/internal/sanitize.js';

export type SanitizerPath = 'platform' | 'DOMPurify';

export const sanitizerPaths: SanitizerPath[] = hasPlatformSanitizer()
  ? ['platform', 'DOMPurify']
  : ['DOMPurify'];

const page = globalThis as { folioForceDOMPurify?: boolean };

/** The sanitizer takes `path` from now on: for what elements read next, and `sanitizeHtml`. */
export async function useSanitizerPath(path: SanitizerPath): Promise<void> {
  page.folioForceDOMPurify = path === 'DOMPurify';
  await sanitizerReady();
}

/** Declares `suite` once per path, each run with the sanitizer on that path; the default comes back after. */
export function forEachSanitizerPath(suite: (path: SanitizerPath) => void): void {
  for (const path of sanitizerPaths) {
    describe(`through the ${path} sanitizer`, () => {
      before(() => useSanitizerPath(path));
      after(() => void delete page.folioForceDOMPurify);
      suite(path);
    });
  }
}
