// Screenshots of the demo for the README (`npm run screenshots`): light and dark, a 320 px phone,
// and right-to-left. Serves the demo with Vite and drives the Chromium the tests use.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './browsers.js';

const OUT = 'docs/screenshots';
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

const server = await createServer({
  configFile: 'demo/vite.config.ts',
  server: { port: 0 },
  logLevel: 'warn',
});
await server.listen();
const origin = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--hide-scrollbars'],
});
try {
  mkdirSync(OUT, { recursive: true });
  for (const { name, query, scheme, viewport } of SHOTS) {
    const page = await browser.newPage();
    page.on(
      'console',
      (message) => message.type() === 'error' && console.error(`${name}: ${message.text()}`),
    );
    await page.setViewport(viewport);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(new URL(query, origin).href, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() =>
      document.querySelector('main folio-article')?.shadowRoot?.querySelector('article'),
    );
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
