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
