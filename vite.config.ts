import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { subresourceIntegrity } from './scripts/integrity.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { stableLanguages } from './scripts/languages.js';
import { stylesheetFiles } from './scripts/stylesheets.js';

/** The language files (src/locales/), which the drop-ins write as files of their own. */
const LANGUAGE = /[\\/]src[\\/]locales[\\/]/;

// Two library builds share dist/:
// - default mode: the npm entries, one per element plus index, the DOM-free model and the server
//   renderer with its command (`folio-embed/ssr`, `bin`) and the elements' styles as CSS files for
//   its linked shadow roots (scripts/stylesheets.ts), with Lit and
//   DOMPurify left as imports so an app's bundler dedupes them;
// - `--mode drop-in`: dist/folio.js, a minified module with Lit and DOMPurify inside, for <script>
//   tags, and beside it the files it loads on demand (`folio-*.js`: each `import()` of the sources),
//   which it imports by paths relative to itself, so dist/ works from any folder of any server
//   (each language at a stable name, `folio-fr.js`: scripts/languages.ts);
//   `.sri` files and dist/folio.importmap.json pin them all (scripts/integrity.ts).
// - `--mode hydrate`: dist/folio-hydrate.js and its own on-demand files (`folio-hydrate-*.js`), the
//   same with Lit's hydration support, for pages rendered by `folio-embed/ssr` (a bundle of its own:
//   most pages do not need the support). Its files are its own, not shared with folio.js: sharing
//   would split what both hold into a third file that every page then loads, one request more.
export default defineConfig(({ mode }) => {
  const dropIn = mode === 'drop-in' || mode === 'hydrate';
  const dropInName = mode === 'hydrate' ? 'folio-hydrate' : 'folio';
  return {
    plugins: [
      minifyTemplates(),
      ...(dropIn
        ? [stableLanguages(dropInName), subresourceIntegrity()]
        : [hydrateEntry(), stylesheetFiles()]),
    ],
    build: {
      target: 'es2022',
      emptyOutDir: !dropIn,
      lib: {
        entry: (dropIn
          ? mode === 'hydrate'
            ? { 'folio-hydrate': 'src/drop-in-hydrate.ts' }
            : { folio: 'src/drop-in.ts' }
          : {
              index: 'src/index.ts',
              model: 'src/model/index.ts',
              'model-node': 'src/model/node.ts',
              article: 'src/article/define.ts',
              'share-bar': 'src/share-bar/define.ts',
              related: 'src/related/define.ts',
              react: 'src/react/index.ts',
              ssr: 'src/ssr/index.ts',
              'ssr-edge': 'src/ssr/edge.ts',
              bin: 'src/ssr/bin.ts',
            }) as Record<string, string>,
        formats: ['es' as const],
      },
      minify: dropIn,
      rolldownOptions: {
        // React stays the app's own (and the drop-in bundle never imports the React wrappers), and
        // the server renderer's packages and Node's modules stay those of the server.
        external: dropIn
          ? []
          : [/^lit/, /^@lit\//, /^@lit-labs\//, 'dompurify', 'jsdom', 'domino', /^node:/, /^react($|\/)/],
        // An on-demand file imports what it shares with the drop-in from it, as added exports.
        ...(dropIn && { preserveEntrySignatures: 'allow-extension' as const }),
        output: {
          minify: dropIn,
          // The drop-ins are what pages run, not input to another bundler: no tree-shaking hints.
          ...(dropIn && { comments: { annotation: false } }),
          // Every module the entry imports statically is in the entry: rolldown would otherwise put
          // one it shares with an on-demand file in a common chunk that every page fetches too.
          // The languages, entries of their own (scripts/languages.ts), stay out of it.
          ...(dropIn && {
            codeSplitting: {
              groups: [
                { name: dropInName, tags: ['$initial' as const], test: (id: string) => !LANGUAGE.test(id) },
              ],
            },
          }),
          // Named after their entry, so the two drop-ins' files sit side by side in dist/.
          ...(dropIn && { chunkFileNames: `${dropInName}-[name]-[hash].js` }),
        },
      },
    },
  };
});

/**
 * dist/hydrate.js (`folio-embed/hydrate`) is src/hydrate.ts as written: two imports, Lit's hydration
 * support and then the index. A bundler would put the support after the Lit it must come before.
 */
const hydrateEntry = (): Plugin => ({
  name: 'folio-hydrate-entry',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'hydrate.js', source: readFileSync('src/hydrate.ts', 'utf8') });
  },
});
