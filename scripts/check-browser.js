// Fails fast, in one line per engine, when a browser the test run needs is not installed.
import { installed, testEngines } from './browsers.js';

const INSTALL = {
  chromium:
    'No Chromium or Chrome found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH.',
  firefox: 'No Firefox ESR found: install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`).',
  webkit:
    'No WebKitWebDriver found: install it (Debian/Ubuntu: `sudo apt-get install webkit2gtk-driver xvfb xauth`).',
};

try {
  const missing = testEngines().filter((engine) => !installed[engine]());
  missing.forEach((engine) => console.error(INSTALL[engine]));
  if (missing.length) process.exit(1);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
