// `cem analyze` reads this beside its command-line flags: it also writes dist/jsx.d.ts, the JSX
// typings of every element (props, attributes, events) generated from the same manifest, and
// their Svelte and Vue counterparts (dist/svelte.d.ts, dist/vue.d.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { svelteTypingsPlugin, vueTypingsPlugin } from './scripts/cem-template-typings.mjs';

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

/**
 * The manifest describes what users can reach: the modules the package's entries export from
 * (followed through re-exports) and the elements, without their private and protected members
 * (`#field`, `private`, `protected`). Styles, strings and helpers have nothing to show in an editor or a docs tool.
 */
const publicApiOnly = {
  name: 'folio-public-api-only',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const modules = new Map(manifest.modules.map((module) => [module.path, module]));
    const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
    // `./dist/types/article/define.d.ts` was built from `src/article/define.ts`.
    const entries = Object.values(exports)
      .map((target) => target.types?.replace(/^\.\/dist\/types\/(.*)\.d\.ts$/, 'src/$1.ts'))
      .filter((path) => modules.has(path));
    const elements = manifest.modules
      .filter((module) => module.declarations?.some((declaration) => declaration.customElement))
      .map((module) => module.path);
    const reached = new Set([...entries, ...elements]);
    for (const path of reached) {
      for (const { declaration } of modules.get(path).exports ?? []) {
        const target = resolve(path, declaration.module ?? declaration.package);
        if (modules.has(target)) reached.add(target);
      }
    }
    manifest.modules = manifest.modules.filter((module) => reached.has(module.path));
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
      declaration.members &&= declaration.members.filter(
        (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
      );
    }
  },
};

/** The source path an export names: relative to its module (`./model/normalize.js`) or already one. */
const resolve = (from, specifier = '') =>
  (specifier.startsWith('.') ? posix.join(posix.dirname(from), specifier) : specifier).replace(
    /\.js$/,
    '.ts',
  );

// The element classes' own declarations, so props carry their real types; event detail types
// (`@fires {FolioLoadDetail} folio-load`) are imported from the same files.
const componentTypePath = (_name, tag) => `./types/${tag.replace('folio-', '')}/${tag}.js`;

export default {
  plugins: [
    publicApiOnly,
    customElementJsxPlugin({
      outdir,
      fileName,
      componentTypePath,
      hideLogs: true,
    }),
    dedupeJsxImports,
    svelteTypingsPlugin({ outdir, fileName: 'svelte.d.ts', componentTypePath }),
    vueTypingsPlugin({ outdir, fileName: 'vue.d.ts', componentTypePath }),
  ],
};
