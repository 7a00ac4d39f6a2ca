// WebKit, Safari's engine, for the test runner: Debian's WebKitGTK MiniBrowser, driven through
// WebKitWebDriver on a virtual display (Xvfb). The run starts both on a free display and port, as
// other runs may share the machine, and stops them by their process ids however it ends.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { remote } from 'webdriverio';
import { WEBKIT_DRIVER } from './browsers.js';

const STARTUP_MS = 10000;

/** The processes this run started, stopped at the latest when Node exits. */
const started = new Set();
let stoppingOnExit = false;

function stopAllOnExit() {
  if (stoppingOnExit) return;
  stoppingOnExit = true;
  process.once('exit', () => started.forEach((child) => signal(child, 'SIGTERM')));
  // Node's default for these exits without an 'exit' event (the runner handles SIGINT itself).
  for (const name of ['SIGTERM', 'SIGHUP']) process.once(name, () => process.exit(1));
}

/** A process in a group of its own, so that stopping it stops what it started (the browser). */
function start(command, args, options = {}) {
  stopAllOnExit();
  const child = spawn(command, args, { stdio: 'ignore', detached: true, ...options });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // Gone already.
  }
}

async function stop(child) {
  if (!started.has(child)) return;
  const exited = once(child, 'exit');
  signal(child, 'SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(3000, false)])) return;
  signal(child, 'SIGKILL');
  await exited;
}

/** Xvfb on the first free display, which it writes to file descriptor 3 once ready. */
async function startDisplay() {
  const xvfb = start('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  let written = '';
  xvfb.stdio[3].on('data', (chunk) => (written += chunk));
  const ready = once(xvfb.stdio[3], 'end').then(() => written.trim());
  const display = await Promise.race([ready, once(xvfb, 'exit').then(() => ''), sleep(STARTUP_MS, '')]);
  if (!/^\d+$/.test(display)) {
    await stop(xvfb);
    throw new Error('Xvfb did not start: install it (Debian/Ubuntu: `sudo apt-get install xvfb xauth`).');
  }
  return { xvfb, display: `:${display}` };
}

function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  return once(server, 'listening').then(() => {
    const { port } = server.address();
    server.close();
    return port;
  });
}

/** Resolves true once the driver answers on `port`, false if it exits or stays silent. */
async function answers(driver, port) {
  let exited = false;
  driver.once('exit', () => (exited = true));
  for (const deadline = Date.now() + STARTUP_MS; !exited && Date.now() < deadline; await sleep(50)) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return true;
    } catch {
      // Not listening yet.
    }
  }
  return false;
}

/** WebKitWebDriver on a free port; a port another process took meanwhile means another try. */
async function startDriver(display) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const driver = start(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display } });
    if (await answers(driver, port)) return { driver, port };
    await stop(driver);
  }
  throw new Error(`${WEBKIT_DRIVER} did not start.`);
}

const CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { args: ['--automation'] },
  // Classic WebDriver: WebKitWebDriver has no WebDriver BiDi session.
  'wdio:enforceWebDriverClassic': true,
};

/** Runs `use` with a WebDriver session of WebKit (webdriverio's), for scripts outside the test runner; stops it all after. */
export async function withWebKit(use) {
  const processes = [];
  try {
    const { xvfb, display } = await startDisplay();
    processes.push(xvfb);
    const { driver, port } = await startDriver(display);
    processes.push(driver);
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      capabilities: CAPABILITIES,
      logLevel: 'silent',
    });
    try {
      return await use(browser);
    } finally {
      await browser.deleteSession();
    }
  } finally {
    for (const child of processes.reverse()) await stop(child);
  }
}

/** @web/test-runner's WebDriver launcher, with the display and the driver it needs for the run. */
class WebKitLauncher extends WebdriverLauncher {
  #processes = [];

  constructor() {
    super({ hostname: '127.0.0.1', capabilities: CAPABILITIES });
  }

  async initialize(config) {
    const { xvfb, display } = await startDisplay();
    this.#processes.push(xvfb);
    const { driver, port } = await startDriver(display);
    this.#processes.push(driver);
    // The session opens with the first test file, on this port.
    this.options.port = port;
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    // The driver (and the browser in its group) before the display it draws on.
    for (const child of this.#processes.reverse()) await stop(child);
    this.#processes = [];
  }
}

export const webkitLauncher = () => new WebKitLauncher();
