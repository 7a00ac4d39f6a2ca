// What a reader's browser downloads for the seed page (bench/pages/seed.html): the drop-in bundle
// and every file it loads for Folio's own JSON in English with a share bar and 20 related articles.
// Counted from what the browser fetched, so a file loaded on demand counts exactly when the
// engine loads it (DOMPurify where there is no Sanitizer API, say).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, FIREFOX, findChromium, installed } from '../scripts/browsers.js';
import { withWebKit } from '../scripts/webkit.js';

/** The engines the seed page is measured in, where installed. */
export const SEED_ENGINES = ['chromium', 'firefox', 'webkit'].filter((engine) => installed[engine]());

const LAUNCH = {
  chromium: () => ({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS }),
  firefox: () => ({ browser: 'firefox', executablePath: FIREFOX, headless: true }),
};

/**
 * The JavaScript files `engine` fetches for the seed page with the drop-in at `bundle` (a path on
 * the server at `origin`, which serves the working directory), as the page's resource timing lists them.
 */
export async function seedPageFiles(engine, origin, bundle) {
  const url = `${origin}/bench/pages/seed.html?bundle=/${bundle}`;
  const outcome = engine === 'webkit' ? await inWebKit(url) : await inPuppeteer(engine, url);
  if (outcome.error) throw new Error(`the seed page failed in ${engine}: ${outcome.error}`);
  return outcome.files;
}

async function inPuppeteer(engine, url) {
  const browser = await puppeteer.launch(LAUNCH[engine]());
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.seed.done || window.seed.error, { timeout: 20000 });
    return await page.evaluate(async () => ({ error: window.seed.error, files: await window.seed.files() }));
  } finally {
    await browser.close();
  }
}

/** WebKit through WebKitWebDriver, which has no puppeteer: the same page, read through WebDriver. */
function inWebKit(url) {
  return withWebKit(async (browser) => {
    await browser.url(url);
    await browser.waitUntil(() => browser.execute(() => window.seed.done || Boolean(window.seed.error)), {
      timeout: 20000,
    });
    return browser.executeAsync((done) =>
      window.seed.files().then((files) => done({ error: window.seed.error, files })),
    );
  });
}

/** The bytes of `files` (paths under the working directory). */
export const readFiles = (files) => files.map((file) => ({ file, code: readFileSync(file, 'utf8') }));
