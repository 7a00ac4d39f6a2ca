/**
 * A build step for script-tag users: beside each file of a drop-in build (dist/folio.js and the
 * files it loads on demand) it writes the Subresource Integrity value that pins it (`.sri`), and
 * per entry an import map (dist/folio.importmap.json) whose `integrity` pins every file the entry
 * may load, itself included: a page pastes it into a `<script type="importmap">` before the script
 * tag, with `./` replaced by the folder it serves dist/ from.
 */
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';

/** `sha384-…` of `code`: the hash the README recommends, as browsers compute it. */
export const integrityOf = (code: string) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** The entry and every file it can load, through static imports and `import()`, in that order. */
function filesOf(entry: OutputChunk, bundle: OutputBundle): OutputChunk[] {
  const files = [entry];
  for (const file of files) {
    for (const name of [...file.imports, ...file.dynamicImports]) {
      const next = bundle[name];
      if (next?.type === 'chunk' && !files.includes(next)) files.push(next);
    }
  }
  return files;
}

const chunksOf = (bundle: OutputBundle) =>
  Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');

/** The entries a page loads itself: one that another file loads on demand (a language, scripts/languages.ts) is that file's. */
function entriesOf(bundle: OutputBundle): OutputChunk[] {
  const chunks = chunksOf(bundle);
  const loaded = new Set(chunks.flatMap((chunk) => chunk.dynamicImports));
  return chunks.filter((chunk) => chunk.isEntry && !loaded.has(chunk.fileName));
}

export function subresourceIntegrity(): Plugin {
  return {
    name: 'folio-subresource-integrity',
    generateBundle(_options, bundle) {
      for (const chunk of chunksOf(bundle)) {
        this.emitFile({
          type: 'asset',
          fileName: `${chunk.fileName}.sri`,
          source: `${integrityOf(chunk.code)}\n`,
        });
      }
      for (const entry of entriesOf(bundle)) {
        const integrity = Object.fromEntries(
          filesOf(entry, bundle).map((file) => [`./${file.fileName}`, integrityOf(file.code)]),
        );
        this.emitFile({
          type: 'asset',
          fileName: entry.fileName.replace(/\.js$/, '.importmap.json'),
          source: `${JSON.stringify({ integrity }, null, 2)}\n`,
        });
      }
    },
    // Only when files are written, through Vite's logger: an in-memory build (the test server's)
    // and a silent one (the bench's) stay quiet.
    writeBundle({ dir }, bundle) {
      for (const file of entriesOf(bundle)) {
        const script = relative(process.cwd(), join(dir!, file.fileName));
        this.environment.logger.info(
          `Subresource Integrity of ${script}: ${integrityOf(file.code)} (and of the files it loads: ${script.replace(/\.js$/, '.importmap.json')})`,
        );
      }
    },
  };
}
