// Self-contained bundles to measure: the drop-in bundle, each element's entry with its own
// dependencies (Lit and DOMPurify inside, as a page that uses one element would load it) and the
// floor. They are built with the project's own drop-in settings (vite.config.ts, `--mode drop-in`),
// so the bytes are the shipped ones. `node bench/bundles.js` writes them for the size budgets.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { build, minifySync } from 'vite';

const BUNDLES_DIR = 'bench/results/bundles';

const ENTRIES = {
  folio: 'src/drop-in.ts',
  'folio-hydrate': 'src/drop-in-hydrate.ts',
  article: 'src/article/define.ts',
  'share-bar': 'src/share-bar/define.ts',
  related: 'src/related/define.ts',
  floor: 'bench/floor.js',
};

/** Builds every entry alone into BUNDLES_DIR: a shared chunk would hide what each one costs. */
export async function buildBundles() {
  const bundles = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const result = await build({
      configFile: 'vite.config.ts',
      mode: 'drop-in',
      logLevel: 'silent',
      build: {
        outDir: BUNDLES_DIR,
        emptyOutDir: false,
        // A string entry replaces the config's entry object instead of merging into it.
        lib: { entry, fileName: name, formats: ['es'] },
      },
    });
    const [chunk] = (Array.isArray(result) ? result[0] : result).output;
    bundles[name] = { file: `${BUNDLES_DIR}/${chunk.fileName}`, code: chunk.code, modules: chunk.modules };
  }
  return bundles;
}

/** Minified bytes as shipped, gzip -9 and brotli (quality 11), what servers send. */
export function sizes(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Where the bytes go: each module's tree-shaken code, minified and gzipped on its own. Compressed
 * alone a module looks a little bigger than inside the bundle, but the ranking is what matters.
 */
export function moduleSizes(modules) {
  return Object.entries(modules)
    .filter(([, { code }]) => code)
    .map(([id, { code }]) => {
      const { min, gzip } = sizes(minifySync(id, code, { compress: true, mangle: { toplevel: true } }).code);
      return { module: label(id), min, gzip };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

function label(id) {
  return relative(process.cwd(), id).replace(/^.*node_modules\//, '');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundles = await buildBundles();
  for (const [name, { file, code }] of Object.entries(bundles)) {
    const { min, gzip, brotli } = sizes(code);
    console.log(`${file.padEnd(40)} ${min} B min, ${gzip} B gzip -9, ${brotli} B brotli`);
  }
}
