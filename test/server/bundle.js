// Builds dist/folio.js (or, with `hydrate`, dist/folio-hydrate.js) in memory, the way `npm run
// build` does, so tests load the real drop-in bundle (Lit and DOMPurify inside, minified) without a
// build step first. Each is built once per run.
import { build } from 'vite';

const outputs = {};

const built = (mode) =>
  (outputs[mode] ??= build({ mode, logLevel: 'silent', build: { write: false } }).then((result) =>
    [result].flat().flatMap(({ output }) => output),
  ));

/** dist/folio.js, or with `hydrate`, dist/folio-hydrate.js */
export const bundle = async (mode = 'drop-in') =>
  bundleFile(mode, mode === 'hydrate' ? 'folio-hydrate.js' : 'folio.js');

/** dist/folio.js.sri: the Subresource Integrity value the build writes beside it. */
export const bundleIntegrity = async () => bundleFile('drop-in', 'folio.js.sri');

/** Any file the build writes (`folio.js`, an on-demand `folio-*.js`, `.sri`, `folio.importmap.json`), or undefined. */
export async function bundleFile(mode, fileName) {
  const file = (await built(mode)).find((output) => output.fileName === fileName);
  return file && (file.type === 'chunk' ? file.code : String(file.source));
}
