import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The demo fetches its sample files at run time, so the build copies them beside the page. */
const copySamples: Plugin = {
  name: 'folio-demo-samples',
  apply: 'build',
  writeBundle({ dir }) {
    for (const folder of ['articles', 'samples'])
      cpSync(here(folder), `${dir}/${folder}`, { recursive: true });
  },
};

/**
 * The embed snippet loads `folio.js` from beside the demo page. `npm run build:demo` puts the
 * drop-in bundle there; the dev server answers that URL with the bundle's live source instead.
 */
const devDropIn: Plugin = {
  name: 'folio-demo-drop-in',
  apply: 'serve',
  resolveId: (id) => (id === '/folio.js' ? here('../src/drop-in.ts') : undefined),
};

// The demo imports the library from ../src, so the dev server shows every change live.
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [copySamples, devDropIn],
  build: { outDir: here('../dist-demo'), emptyOutDir: true, target: 'es2022' },
});
