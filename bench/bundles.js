// Bundles to measure, built with the project's own drop-in settings (vite.config.ts), so the bytes
// are the shipped ones: the two drop-ins as dist/ holds them (the entry and the files it loads on
// demand), each element's entry with its own dependencies (Lit and DOMPurify inside, as a page that
// uses one element would load it) and the floor. `node bench/bundles.js` writes them, measures
// the seed page's download in each engine and says which modules it pays for (`npm run size`).
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { build, minifySync } from 'vite';
import { SEED_ENGINES, readFiles, seedPageFiles } from './seed-page.js';
import { serve } from './server.js';

const BUNDLES_DIR = 'bench/results/bundles';
/** Where `node bench/bundles.js` writes the files each engine fetched for the seed page. */
export const SEED_PAGE = `${BUNDLES_DIR}/seed-page.json`;

/** The drop-ins, by the mode that builds them; each into a folder of its own, as in dist/. */
const DROP_INS = { folio: 'drop-in', 'folio-hydrate': 'hydrate' };

const ENTRIES = {
  article: 'src/article/define.ts',
  'share-bar': 'src/share-bar/define.ts',
  related: 'src/related/define.ts',
  floor: 'bench/floor.js',
  'lit-floor': 'bench/lit-floor.js',
};

/**
 * Builds the drop-ins as dist/ holds them, and every other entry alone: a chunk shared between
 * entries would hide what each one costs. Each bundle: its entry's `file`, `code` and `modules`,
 * and `files`, every JavaScript file of its build.
 */
export async function buildBundles() {
  const bundles = {};
  const run = async (name, mode, build_) => {
    const result = await build({ configFile: 'vite.config.ts', mode, logLevel: 'silent', build: build_ });
    const outDir = build_.outDir;
    const files = (Array.isArray(result) ? result[0] : result).output
      .filter((file) => file.type === 'chunk')
      .map(({ fileName, code, modules }) => ({ file: `${outDir}/${fileName}`, code, modules }));
    // Named after the bundle: the languages are entries too (scripts/languages.ts).
    bundles[name] = { ...files.find((file) => file.file === `${outDir}/${name}.js`), files };
  };
  for (const [name, mode] of Object.entries(DROP_INS)) {
    await run(name, mode, { outDir: `${BUNDLES_DIR}/${name}`, emptyOutDir: true });
  }
  for (const [name, entry] of Object.entries(ENTRIES)) {
    // A string entry replaces the config's entry object instead of merging into it.
    await run(name, 'drop-in', {
      outDir: BUNDLES_DIR,
      emptyOutDir: false,
      lib: { entry, fileName: name, formats: ['es'] },
    });
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

/**
 * The seed page in each engine: the files fetched, each with its gzip -9 size and its modules'
 * share, and the total. `bundles` from `buildBundles`.
 */
export async function measureSeedPage(bundles) {
  const { server, origin } = await serve(process.cwd());
  const modulesOf = new Map(
    Object.values(bundles).flatMap(({ files }) => files.map((f) => [f.file, f.modules])),
  );
  try {
    const engines = {};
    for (const engine of SEED_ENGINES) {
      const files = readFiles(await seedPageFiles(engine, origin, bundles.folio.file)).map(
        ({ file, code }) => ({
          file,
          gzip: sizes(code).gzip,
          modules: moduleSizes(modulesOf.get(file) ?? {}),
        }),
      );
      engines[engine] = { total: files.reduce((sum, { gzip }) => sum + gzip, 0), files };
    }
    return engines;
  } finally {
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundles = await buildBundles();
  for (const { files } of Object.values(bundles)) {
    for (const { file, code } of files) {
      const { min, gzip, brotli } = sizes(code);
      console.log(
        `${file.padEnd(58)} ${String(min).padStart(6)} B min, ${String(gzip).padStart(5)} B gzip -9, ${brotli} B brotli`,
      );
    }
  }
  const seed = await measureSeedPage(bundles);
  writeFileSync(
    SEED_PAGE,
    JSON.stringify(
      Object.fromEntries(Object.entries(seed).map(([e, { files }]) => [e, files.map((f) => f.file)])),
      null,
      2,
    ),
  );
  Object.entries(seed).forEach(([engine, { total, files }], i) => {
    console.log(
      `\nThe seed page in ${engine}: ${total} B gzip -9 of JavaScript (goal ≤ 30000 B), in ${files.length} file(s)`,
    );
    for (const { file, gzip, modules } of files) {
      console.log(`  ${file}: ${gzip} B`);
      if (i) continue; // the modules once, for the first engine
      // Each module minified and gzipped alone: a little more than its share of the file, but ranked right.
      for (const { module, gzip: bytes } of modules.filter(({ gzip: bytes }) => bytes >= 100)) {
        console.log(`    ${String(bytes).padStart(6)} B  ${module}`);
      }
    }
  });
}
