// folio-embed/ssr built from src/ the way `npm run build` builds dist/ssr.js (the same template
// minifying as the drop-in's, so the server's templates are the client's), for the Node tests and
// for the test server's server-rendered pages.
import { build } from 'vite';

const root = new URL('../../', import.meta.url);

/**
 * Builds the npm entries plus `entries` (name → source file) into a folder under
 * node_modules/.cache, where the packages they import resolve; returns that folder's URL.
 */
export async function buildForNode(entries, folder = 'folio-ssr') {
  const out = new URL(`node_modules/.cache/${folder}/`, root);
  await build({
    root: root.pathname,
    logLevel: 'silent',
    build: { outDir: out.pathname, emptyOutDir: true, lib: { entry: entries } },
  });
  return out;
}

let ssr;

/** `folio-embed/ssr`, built once per run, and the folder it was built into (with the CSS files it can link). */
export const loadSsr = () =>
  (ssr ??= buildForNode({}, 'folio-ssr-server').then(async (out) => ({
    out,
    ...(await import(new URL('ssr.js', out))),
  })));
