// Screenshots of the demo for the README (`npm run screenshots`): light and dark, a 320 px phone,
// and right-to-left. Builds the demo as `npm run build:demo` does and drives the Chromium the tests
// use. Taken twice, they are the same bytes: the playground shows absolute URLs of the demo's own
// images, so the page is opened at one fixed address (ORIGIN), whose requests are answered from
// the build folder, with no server and so no port that changes from run to run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './browsers.js';

const OUT = 'docs/screenshots';
const ORIGIN = 'https://demo.folio.example';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const DESKTOP = { width: 1280, height: 860 };
const WIDE = { width: 1600, height: 900 };

const SHOTS = [
  { name: 'gallery-light', query: '', scheme: 'light', viewport: DESKTOP },
  {
    name: 'playground-dark',
    query: '?view=playground&accent=0b57d0-8ab4f8&radius=12',
    scheme: 'dark',
    viewport: WIDE,
  },
  {
    name: 'phone-320',
    query: '',
    scheme: 'light',
    viewport: { width: 320, height: 720, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  },
  { name: 'rtl-arabic', query: '?lang=ar&width=768', scheme: 'light', viewport: DESKTOP },
];

const site = mkdtempSync(join(tmpdir(), 'folio-demo-'));
let browser;
try {
  await build({ configFile: 'demo/vite.config.ts', build: { outDir: site }, logLevel: 'warn' });
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--hide-scrollbars'],
  });
  mkdirSync(OUT, { recursive: true });
  for (const { name, query, scheme, viewport } of SHOTS) {
    const page = await browser.newPage();
    page.on(
      'console',
      (message) => message.type() === 'error' && console.error(`${name}: ${message.text()}`),
    );
    await page.setRequestInterception(true);
    page.on('request', (request) => fromSite(request));
    await page.setViewport(viewport);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(new URL(query, ORIGIN).href, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() =>
      document.querySelector('main folio-article')?.shadowRoot?.querySelector('article'),
    );
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
    await page.close();
  }
} finally {
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
}

/** Answers a request for ORIGIN with the built file at its path (index.html for a folder). */
function fromSite(request) {
  const url = new URL(request.url());
  if (url.origin !== ORIGIN) return request.continue();
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  try {
    const body = readFileSync(join(site, decodeURIComponent(path)));
    return request.respond({ status: 200, contentType: TYPES[extname(path)], body });
  } catch {
    return request.respond({ status: 404, contentType: 'text/plain', body: `${path} is not in the demo` });
  }
}
