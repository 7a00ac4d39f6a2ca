// Fails fast, in one line, when there is no browser to run the tests in.
import { findChromium } from './browsers.js';

if (!findChromium()) {
  console.error(
    'No Chromium or Chrome found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH.',
  );
  process.exit(1);
}
