// `folio-embed/ssr` in Deno and Bun, beside Node: the packed tarball installed as an app would
// (jsdom, the server DOM these runtimes get, and @lit-labs/ssr), the same script run by each, its
// answer checked, and its time from process start to the first rendered article printed. Not part
// of `npm test`: `node test/edge/runtimes.js`, which CI runs with a time limit after the build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { install, pack } from '../consumers/install.js';
import { ARTICLE, ARTICLE_URL, assertRendered } from './article.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const dir = mkdtempSync(join(tmpdir(), 'folio-runtimes-'));

// `performance.now()` counts from the process's start in all three runtimes.
const SCRIPT = `import { renderArticle } from 'folio-embed/ssr';
const html = await renderArticle(${JSON.stringify(ARTICLE)}, { url: '${ARTICLE_URL}', onWarning() {} });
console.log(JSON.stringify({ html, ms: Math.round(performance.now()) }));
`;

const RUNTIMES = {
  Node: [process.execPath, 'render.mjs'],
  Bun: [bin('bun'), 'render.mjs'],
  // jsdom reads the environment and the files it ships with; nothing else is allowed.
  Deno: [bin('deno'), 'run', '--allow-read', '--allow-env', 'render.mjs'],
};

try {
  install(root, dir, pack(root, dir), ['@lit-labs/ssr', 'jsdom']);
  writeFileSync(join(dir, 'render.mjs'), SCRIPT);
  for (const [name, [command, ...args]] of Object.entries(RUNTIMES)) {
    const output = execFileSync(command, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const { html, ms } = JSON.parse(output.trim().split('\n').pop());
    assertRendered(html);
    const version = execFileSync(command, ['--version'], { encoding: 'utf8' }).split('\n')[0];
    console.log(`${name} (${version}): rendered and sanitized; first article ${ms} ms after process start`);
  }
  console.log(`${Object.keys(RUNTIMES).length} passed, 0 failed`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
