// examples/ssr-server.js as a user runs it: beside an installed folio-embed (built from src/ into a
// node_modules of its own), started, and loaded in Chromium with JavaScript off and on. Run by `npm test`.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.js';
import { bundle } from '../server/bundle.js';
import { buildForNode } from '../server/ssr.js';

const root = new URL('../../', import.meta.url);
const app = new URL('node_modules/.cache/folio-example/', root);
const demoFile = new URL('demo/articles/demo.json', root).pathname;

let server;
let address;
let browser;

before(async () => {
  // The package as npm installs it: its package.json and dist/, the drop-in with hydration included.
  const dist = await buildForNode({}, 'folio-example/node_modules/folio-embed/dist');
  await writeFile(new URL('folio-hydrate.js', dist), await bundle('hydrate'));
  await copyFile(new URL('package.json', root), new URL('node_modules/folio-embed/package.json', app));
  await copyFile(new URL('examples/ssr-server.js', root), new URL('ssr-server.js', app));

  server = spawn(process.execPath, [new URL('ssr-server.js', app).pathname, demoFile], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  [address] = (await once(server.stdout, 'data')).map(String);
  address = address.trim();
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

const demo = JSON.parse(await readFile(demoFile, 'utf8'));

/** What the article shows: the title, the body's text, and the share links. */
const readArticle = () => {
  const shadow = document.querySelector('folio-article').shadowRoot;
  const bar = shadow.querySelector('folio-share-bar').shadowRoot;
  return {
    title: shadow.querySelector('h1').textContent,
    body: shadow.querySelector('[part=body]').textContent.replace(/\s+/g, ' '),
    shareLinks: bar.querySelectorAll('a[href]').length,
    defined: Boolean(customElements.get('folio-article')),
  };
};

test('with JavaScript off, the page shows the article', async () => {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(address);
  const shown = await page.evaluate(readArticle);
  assert.equal(shown.title, demo.title);
  assert.ok(shown.body.includes(demo.body[0].html.replace(/<[^>]*>/g, '').slice(0, 50)));
  assert.equal(shown.shareLinks, 5);
  assert.equal(shown.defined, false);
  await page.close();
});

test('with JavaScript on, folio-hydrate.js takes the article over and shares', async () => {
  const page = await browser.newPage();
  await page.goto(address);
  await page.waitForFunction(() => customElements.get('folio-article'));
  const shared = await page.evaluate(async () => {
    const article = document.querySelector('folio-article');
    await article.updateComplete;
    const bar = article.shadowRoot.querySelector('folio-share-bar');
    await bar.updateComplete;
    const event = new Promise((resolve) =>
      document.addEventListener('folio-share', (e) => (e.preventDefault(), resolve(e.detail.network)), {
        once: true,
      }),
    );
    bar.shadowRoot.querySelector('[data-network=reddit]').click();
    return event;
  });
  assert.equal(shared, 'reddit');
  assert.equal((await page.evaluate(readArticle)).title, demo.title);
  await page.close();
});
