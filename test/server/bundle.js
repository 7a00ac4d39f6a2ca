// Builds dist/folio.js in memory, the way `npm run build` does, so tests load the real drop-in
// bundle (Lit and DOMPurify inside, minified) without a build step first. Built once per run.
import { build } from 'vite';

let files;

const built = () =>
  (files ??= build({ mode: 'drop-in', logLevel: 'silent', build: { write: false } }).then((result) =>
    [result].flat().flatMap(({ output }) => output),
  ));

/** dist/folio.js */
export const bundle = async () => (await built()).find((file) => file.type === 'chunk' && file.isEntry).code;

/** dist/folio.js.sri: the Subresource Integrity value the build writes beside it. */
export const bundleIntegrity = async () =>
  (await built()).find((file) => file.fileName === 'folio.js.sri').source;
