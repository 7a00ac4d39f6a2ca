// The consumer test (`npm run test:consumers`, after `npm run build`): folio-embed as app developers
// meet it. Packs the package, installs the tarball into throw-away apps (offline, see install.js),
// builds each app for production with each bundler, loads it in headless Chromium and checks what
// a reader sees. Everything happens in a temporary folder, removed at the end, also on failure.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.js';
import { APPS, ARTICLE, RELATED_JSON, page, readPage } from './apps.js';
import { BUNDLERS, OUT } from './bundlers.js';
import { install, pack } from './install.js';
import { serve } from './serve.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WAIT_MS = 5000;

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('consumers: no dist/ to pack: run `npm run build` first');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'folio-consumers-'));
const cleanUp = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (cleanUp(), process.exit(130)));

const results = [];
const report = (ok, bundler, app, detail) => {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${bundler.padEnd(8)} ${app.padEnd(55)} ${detail}`);
};

const started = performance.now();
try {
  let step = performance.now();
  const packed = pack(ROOT, work);
  install(ROOT, work, packed, ['react', 'react-dom']);
  console.log(`Installed ${packed.filename} (${kB(packed.size)}) offline in ${seconds(step)}`);

  step = performance.now();
  // One bundler after another would leave a core idle while Terser (webpack, Rollup) minifies.
  const builds = (await Promise.all(BUNDLERS.map((bundler) => buildApps(work, bundler)))).flat();
  console.log(`Built ${builds.length} apps in ${seconds(step)}`);

  step = performance.now();
  const server = await serve(work, { [RELATED_JSON]: JSON.stringify(ARTICLE.related) });
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const { bundler, app, path, gzip, error } of builds) {
      if (error) {
        report(false, bundler.name, app.name, `build failed: ${error.message}`);
        continue;
      }
      const { seen, errors } = await visit(browser, `${server.origin}${path}`, app.sees);
      const ok = isDeepStrictEqual(seen, app.sees) && errors.length === 0;
      const detail = ok
        ? `${kB(gzip)} gzip`
        : [`saw ${JSON.stringify(seen)}`, `want ${JSON.stringify(app.sees)}`, ...errors].join('\n    ');
      report(ok, bundler.name, app.name, detail);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`Checked them in Chromium in ${seconds(step)}`);
} catch (error) {
  console.error(error.stderr || error);
  results.push(false);
} finally {
  cleanUp();
}

const failed = results.filter((ok) => !ok).length;
console.log(`Took ${seconds(started)}`);
console.log(`consumers: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

/** Writes each app `bundler` can build into its own folder and builds it there, one after another. */
async function buildApps(work, bundler) {
  const builds = [];
  for (const [index, app] of APPS.entries()) {
    if (app.react && bundler.react === false) continue;
    const dir = join(work, 'apps', `${bundler.name}-${index}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), page(app.body));
    writeFileSync(join(dir, 'main.js'), app.main);
    try {
      await bundler.build(dir);
      const path = `/${relative(work, join(dir, OUT))}/index.html`;
      builds.push({ bundler, app, path, gzip: gzipped(join(dir, OUT)) });
    } catch (error) {
      builds.push({ bundler, app, error });
    }
  }
  return builds;
}

/** Opens `url` and waits until the reader sees `sees` (or time runs out); page errors count too. */
async function visit(browser, url, sees) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  try {
    await tab.goto(url, { waitUntil: 'load' });
    const end = performance.now() + WAIT_MS;
    let seen = await tab.evaluate(readPage);
    while (!isDeepStrictEqual(seen, sees) && performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await tab.evaluate(readPage);
    }
    return { seen, errors };
  } finally {
    await tab.close();
  }
}

/** The gzip -9 size of every script a bundler wrote for one app. */
function gzipped(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
