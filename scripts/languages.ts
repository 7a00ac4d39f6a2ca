/**
 * A build step for the drop-ins: each language of src/locales/ but English (which is in the core)
 * becomes a file at a stable name beside the entry (`folio-fr.js`), which the core imports by that
 * name. The core then holds the list of names, where a map of hashed file names would be. The
 * entry lists them among the files it loads, so scripts/integrity.ts pins them with the others.
 */
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The module whose place this takes in the drop-ins: there it imports every language by path. */
const SHIPPED = /\/src\/internal\/shipped-languages\.ts$/;
const FOLDER = 'src/locales';

/** `prefix`: the entry's name (`folio`), which its files' names start with. */
export function stableLanguages(prefix: string): Plugin {
  const languages = readdirSync(FOLDER)
    .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
    .map((file) => file.slice(0, -'.ts'.length));
  const fileNames = languages.map((language) => `${prefix}-${language}.js`);
  let shippedId: string | undefined;
  return {
    name: 'folio:stable-languages',
    load(id) {
      if (!SHIPPED.test(id)) return;
      shippedId = id;
      languages.forEach((language, i) =>
        this.emitFile({ type: 'chunk', id: `${FOLDER}/${language}.ts`, fileName: fileNames[i] }),
      );
      // The path is built at run time, relative to the entry: the bundler leaves it as it is.
      return [
        `export const SHIPPED_LANGUAGES = ${JSON.stringify(languages)};`,
        `export const loadLanguage = (file) => import(/* @vite-ignore */ \`./${prefix}-\${file}.js\`);`,
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && shippedId && chunk.moduleIds.includes(shippedId))
          chunk.dynamicImports = [...chunk.dynamicImports, ...fileNames];
      }
    },
  };
}
