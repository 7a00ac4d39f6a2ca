// Builds dist/folio.js (or, with `hydrate`, dist/folio-hydrate.js) in memory, the way `npm run
// build` does, so tests load the real drop-in bundle (Lit and DOMPurify inside, minified) without a
// build step first. Each is built once per run.
import { build } from 'vite';

const code = {};

export function bundle(mode = 'drop-in') {
  code[mode] ??= build({ mode, logLevel: 'silent', build: { write: false } }).then((result) => {
    const outputs = [result].flat().flatMap(({ output }) => output);
    return outputs.find((file) => file.type === 'chunk' && file.isEntry).code;
  });
  return code[mode];
}
