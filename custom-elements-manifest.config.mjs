// `cem analyze` reads this beside its command-line flags: it also writes dist/jsx.d.ts, the JSX
// typings of every element (props, attributes, events) generated from the same manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';

const outdir = 'dist';
const fileName = 'jsx.d.ts';

/**
 * The JSX plugin imports the detail types named by `@fires {Type}` from each element's own
 * declarations, one `import type` line per element, so a type that several elements fire
 * (`FolioErrorDetail`) is imported once per element, and TypeScript rejects the repeats
 * ("Duplicate identifier"). This keeps the first import of each name. test/types checks the result.
 */
const dedupeJsxImports = {
  name: 'folio-dedupe-jsx-imports',
  packageLinkPhase() {
    const file = join(outdir, fileName);
    const seen = new Set();
    const text = readFileSync(file, 'utf8').replace(
      /^import type \{([^}]*)\} from ("[^"]+");/gm,
      (_line, names, from) => {
        const fresh = names
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name && !seen.has(name));
        for (const name of fresh) seen.add(name);
        return `import type { ${fresh.join(', ')} } from ${from};`;
      },
    );
    writeFileSync(file, text);
  },
};

export default {
  plugins: [
    customElementJsxPlugin({
      outdir,
      fileName,
      // The element classes' own declarations, so JSX props carry their real types; event detail
      // types (`@fires {FolioLoadDetail} folio-load`) are imported from the same files.
      componentTypePath: (_name, tag) => `./types/${tag.replace('folio-', '')}/${tag}.js`,
      hideLogs: true,
    }),
    dedupeJsxImports,
  ],
};
