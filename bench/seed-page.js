// What a reader's browser downloads for the seed page (bench/pages/seed.html): the drop-in bundle
// and every file it loads for Folio's own JSON in English with a share bar and 20 related articles.
// Counted from the script responses the browser receives, so a file loaded on demand counts
// exactly when the engine loads it (DOMPurify where there is no Sanitizer API, say).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, FIREFOX, findChromium, installed } from '../scripts/browsers.js';

/** The engines the seed page is measured in, where installed. */
export const SEED_ENGINES = ['chromium', 'firefox'].filter((engine) => installed[engine]());

const LAUNCH = {
  chromium: () => ({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS }),
  firefox: () => ({ browser: 'firefox', executablePath: FIREFOX, headless: true }),
};

/**
 * The JavaScript files `engine` fetches for the seed page with the drop-in at `bundle` (a path on
 * the server at `origin`, which serves the working directory): their paths, in order of arrival.
 */
export async function seedPageFiles(engine, origin, bundle) {
  const browser = await puppeteer.launch(LAUNCH[engine]());
  try {
    const page = await browser.newPage();
    const files = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js') && !path.startsWith('/bench/pages/')) files.push(path.slice(1));
    });
    await page.goto(`${origin}/bench/pages/seed.html?bundle=/${bundle}`);
    await page.waitForFunction(() => window.seed.done || window.seed.error, { timeout: 20000 });
    const error = await page.evaluate(() => window.seed.error);
    if (error) throw new Error(`the seed page failed in ${engine}: ${error}`);
    // Files asked for after the render (a share mark, say) count too.
    await page.waitForNetworkIdle({ idleTime: 300 });
    return [...new Set(files)];
  } finally {
    await browser.close();
  }
}

/** The bytes of `files` (paths under the working directory). */
export const readFiles = (files) => files.map((file) => ({ file, code: readFileSync(file, 'utf8') }));
