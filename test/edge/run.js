// `folio-embed/ssr` in a Cloudflare Worker, run by workerd on loopback: the packed tarball installed
// without jsdom, the worker bundled by esbuild as a Worker is (neutral platform, the `workerd`
// and `worker` conditions), and the answer checked. Not part of `npm test` (the install takes half
// a minute): `node test/edge/run.js`, which CI runs with a time limit. Needs `npm run build` first.
import { spawn, execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { install, pack } from '../consumers/install.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'folio-edge-'));
const PORT = 8000 + Math.floor(Math.random() * 1000);

const WORKER = `import { renderArticle } from 'folio-embed/ssr';
export default {
  async fetch(request) {
    const html = await renderArticle(await request.json(), { url: 'https://news.example/a/1', onWarning() {} });
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  },
};
`;

const CONFIG = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${PORT}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.bundle.js") ],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = ["nodejs_compat"],
);
`;

const ARTICLE = {
  title: 'Edge <b>news</b>',
  body: [
    { type: 'html', html: '<p>Hello <img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><script>alert(2)</script></p>' },
  ],
};

let server;
try {
  install(root, dir, pack(root, dir), ['@lit-labs/ssr', 'domino', 'workerd', 'esbuild']);
  assert.ok(!existsSync(join(dir, 'node_modules/jsdom')), 'jsdom is not installed');
  writeFileSync(join(dir, 'worker.js'), WORKER);
  writeFileSync(join(dir, 'config.capnp'), CONFIG);
  // Lit's server build is the one under the `node` condition: a Worker bundles it as a server does.
  execFileSync(
    join(dir, 'node_modules/.bin/esbuild'),
    ['worker.js', '--bundle', '--format=esm', '--platform=neutral', '--conditions=workerd,worker,node',
      '--main-fields=module,main', '--external:node:*', '--external:buffer', '--external:stream',
      '--outfile=worker.bundle.js', '--log-level=warning'],
    { cwd: dir, stdio: 'inherit' },
  );
  // The binary itself (the package's `bin` is a wrapper, which would outlive a kill).
  const { default: { default: workerd } } = await import(pathToFileURL(join(dir, 'node_modules/workerd/lib/main.js')).href);
  server = spawn(workerd, ['serve', 'config.capnp'], { cwd: dir, stdio: 'inherit' });
  let response;
  for (let tries = 0; !response && tries < 100; tries++) {
    response = await fetch(`http://127.0.0.1:${PORT}/`, { method: 'POST', body: JSON.stringify(ARTICLE) }).catch(
      () => new Promise((resolve) => setTimeout(resolve, 100)),
    );
  }
  assert.ok(response, 'workerd answered');
  const html = await response.text();
  assert.equal(response.status, 200, html);
  assert.match(html, /^<folio-article><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /Edge &lt;b&gt;news&lt;\/b&gt;|Edge news/);
  assert.match(html, /<p>Hello <img src="https:\/\/news\.example\/a\/x" loading="lazy"><a>x<\/a><\/p>/);
  // The markup, that is: the inline JSON holds the input as it came, for the client to read.
  const markup = html.replace(/<script type="application\/json"[^>]*>.*?<\/script>/s, '');
  assert.doesNotMatch(markup, /onerror|javascript:|<script/);
  console.log('1 passed, 0 failed');
} finally {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
}
