import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, FIREFOX, testEngines } from './scripts/browsers.js';
import { webkitLauncher } from './scripts/webkit.js';
import { folioRoutes } from './test/server/routes.js';
import { quietReporter } from './test/server/reporter.js';
import { reactEsm } from './test/server/react-esm.js';

// Chromium, and Firefox and WebKit wherever they are installed; FOLIO_BROWSERS=webkit (or any
// comma-separated list) runs those alone (scripts/browsers.js).
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  // Debian's firefox-esr, through WebDriver BiDi.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  // Debian's WebKitGTK, through WebKitWebDriver on a virtual display (scripts/webkit.js).
  webkit: webkitLauncher,
};
const browsers = testEngines().map((engine) => launchers[engine]());

export default {
  files: ['test/**/*.test.ts'],
  // Lit's development build turns class-field and update mistakes into warnings we can see.
  nodeResolve: { exportConditions: ['development'] },
  // ...and says so once per test file: known, so not reported.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode.'),
  reporters: [quietReporter()],
  middleware: [folioRoutes],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), reactEsm],
  browsers,
  // One page at a time per browser: background tabs throttle animation frames and observers.
  concurrency: 1,
  // A watchdog for a stuck test, not a wait (tests wait on events): on a busy machine a test that
  // opens a page of its own, with the drop-in and every element on it, takes more than 10 s.
  testFramework: { config: { timeout: 30_000 } },
  // Limits that only a stuck browser should meet: on a busy machine a browser takes tens of seconds
  // to open a page, and the corpus files, tens of thousands of renders, take minutes.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
};
