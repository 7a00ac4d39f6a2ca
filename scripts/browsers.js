// Where the test runner, the screenshots and the bench find a browser on this machine.
import { existsSync } from 'node:fs';

const CHROMIUM_PATHS = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';

/** Headless Chromium in a container or CI: no sandbox or GPU, and nothing that calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium or Chrome binary to drive: `CHROME_PATH` first, then the usual places. */
export function findChromium() {
  return [process.env.CHROME_PATH, ...CHROMIUM_PATHS].find((path) => path && existsSync(path));
}

/** Whether this machine has each engine the tests can run in. */
export const installed = {
  chromium: () => Boolean(findChromium()),
  firefox: () => existsSync(FIREFOX),
  webkit: () => existsSync(WEBKIT_DRIVER),
};

/**
 * The engines a test run uses: those FOLIO_BROWSERS names (comma-separated: chromium, firefox,
 * webkit), else Chromium and every other engine installed here.
 */
export function testEngines(env = process.env) {
  const names = Object.keys(installed);
  if (!env.FOLIO_BROWSERS) return names.filter((name) => name === 'chromium' || installed[name]());
  const engines = env.FOLIO_BROWSERS.split(',').map((name) => name.trim().toLowerCase());
  const unknown = engines.filter((name) => !names.includes(name));
  if (unknown.length)
    throw new Error(`FOLIO_BROWSERS: no engine ${unknown} (there are ${names.join(', ')}).`);
  return engines;
}
