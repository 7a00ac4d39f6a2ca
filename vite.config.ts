import { defineConfig } from 'vite';
import { subresourceIntegrity } from './scripts/integrity.js';
import { minifyTemplates } from './scripts/minify-templates.js';

// Two library builds share dist/:
// - default mode: the npm entries, one per element plus index, the DOM-free model and the server
//   renderer with its command (`folio-embed/ssr`, `bin`), with Lit and
//   DOMPurify left as imports so an app's bundler dedupes them;
// - `--mode drop-in`: dist/folio.js, one minified module with everything inside, for <script> tags,
//   and dist/folio.js.sri, its Subresource Integrity value.
// - `--mode hydrate`: dist/folio-hydrate.js (and its .sri), the same with Lit's hydration support,
//   for pages rendered by `folio-embed/ssr` (a bundle of its own: most pages do not need the support).
export default defineConfig(({ mode }) => {
  const dropIn = mode === 'drop-in' || mode === 'hydrate';
  return {
    plugins: [minifyTemplates(), dropIn && subresourceIntegrity()],
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
              article: 'src/article/define.ts',
              'share-bar': 'src/share-bar/define.ts',
              related: 'src/related/define.ts',
              react: 'src/react/index.ts',
              ssr: 'src/ssr/index.ts',
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
          : [/^lit/, /^@lit\//, /^@lit-labs\//, 'dompurify', 'domino', /^node:/, /^react($|\/)/],
        output: { minify: dropIn },
      },
    },
  };
});
