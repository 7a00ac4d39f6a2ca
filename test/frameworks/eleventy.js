// examples/eleventy as a user builds it: the packed tarball, Eleventy, @lit-labs/ssr and jsdom
// installed offline (test/consumers/install.js), `eleventy` run, and the page it writes checked
// twice: its HTML holds the article before any script runs, and in headless Chromium
// folio-hydrate.js takes that markup over (the same nodes, no error). Not part of `npm test`:
// `node test/frameworks/eleventy.js` after `npm run build`, which CI runs with a time limit.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.js';
import { install, pack } from '../consumers/install.js';
import { serve } from '../consumers/serve.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'folio-eleventy-'));
const TITLE = 'The ferry timetable changes on Monday';

/** What the reader sees, and whether the title is still the node the server's markup made. */
function hydrated() {
  return customElements.whenDefined('folio-article').then(async () => {
    const element = document.querySelector('folio-article');
    await element.updateComplete;
    const root = element.shadowRoot;
    return {
      title: root.querySelector('h1')?.textContent,
      articles: root.querySelectorAll('article').length,
      items: root.querySelectorAll('li').length,
      kept: root.querySelector('h1') === window.serverTitle,
      templates: document.querySelectorAll('template').length,
    };
  });
}

let server;
let browser;
try {
  install(root, dir, pack(root, dir), ['@11ty/eleventy', '@lit-labs/ssr', 'jsdom']);
  cpSync(join(root, 'examples/eleventy'), dir, { recursive: true });
  execFileSync(join(dir, 'node_modules/.bin/eleventy'), ['--quiet'], { cwd: dir, stdio: 'inherit' });

  const page = readFileSync(join(dir, '_site/index.html'), 'utf8');
  assert.ok(
    /<folio-article[^>]*><template shadowroot="open" shadowrootmode="open">/.test(page),
    'a declarative shadow root',
  );
  assert.ok(page.includes(`<!--lit-part-->${TITLE}<!--/lit-part--></h1>`), 'the title is in the HTML');
  assert.ok(existsSync(join(dir, '_site/folio/folio-hydrate.js')), 'folio-hydrate.js is copied');

  server = await serve(join(dir, '_site'));
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  tab.on('console', (message) => ['error', 'warn'].includes(message.type()) && errors.push(message.text()));
  // Parsing ends (readyState "interactive") before module scripts run: the server's own title.
  await tab.evaluateOnNewDocument(() =>
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        window.serverTitle = document.querySelector('folio-article')?.shadowRoot?.querySelector('h1');
      }
    }),
  );
  await tab.goto(`${server.origin}/`, { waitUntil: 'load' });
  const seen = await tab.evaluate(hydrated);
  assert.deepEqual(seen, { title: TITLE, articles: 1, items: 2, kept: true, templates: 0 });
  assert.deepEqual(errors, []);
  console.log('eleventy: built, rendered on the server and hydrated in Chromium; 1 passed, 0 failed');
} finally {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}
