// Builds dist/folio.js in memory, the way `npm run build` does, so tests load the real drop-in
// bundle (Lit and DOMPurify inside, minified) without a build step first. Built once per run.
import { build } from 'vite';

let code;

export function bundle() {
  code ??= build({ mode: 'drop-in', logLevel: 'silent', build: { write: false } }).then((result) => {
    const outputs = [result].flat().flatMap(({ output }) => output);
    return outputs.find((file) => file.type === 'chunk' && file.isEntry).code;
  });
  return code;
}
