import { defineConfig } from 'vite';
import { subresourceIntegrity } from './scripts/integrity.js';
import { minifyTemplates } from './scripts/minify-templates.js';

// Two library builds share dist/:
// - default mode: the npm entries, one per element plus index and the DOM-free model, with Lit and
//   DOMPurify left as imports so an app's bundler dedupes them;
// - `--mode drop-in`: dist/folio.js, one minified module with everything inside, for <script> tags,
//   and dist/folio.js.sri, its Subresource Integrity value.
export default defineConfig(({ mode }) => {
  const dropIn = mode === 'drop-in';
  return {
    plugins: [minifyTemplates(), dropIn && subresourceIntegrity()],
    build: {
      target: 'es2022',
      emptyOutDir: !dropIn,
      lib: {
        entry: (dropIn
          ? { folio: 'src/drop-in.ts' }
          : {
              index: 'src/index.ts',
              model: 'src/model/index.ts',
              article: 'src/article/define.ts',
              'share-bar': 'src/share-bar/define.ts',
              related: 'src/related/define.ts',
              react: 'src/react/index.ts',
            }) as Record<string, string>,
        formats: ['es' as const],
      },
      minify: dropIn,
      rolldownOptions: {
        // React stays the app's own (and the drop-in bundle never imports the React wrappers).
        external: dropIn ? [] : [/^lit/, /^@lit\//, 'dompurify', /^react($|\/)/],
        output: { minify: dropIn },
      },
    },
  };
});
