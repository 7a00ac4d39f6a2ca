/**
 * A build step for script-tag users: beside each entry it builds (dist/folio.js), it writes the
 * Subresource Integrity value a `<script integrity>` pins it with (dist/folio.js.sri), and prints it.
 */
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** `sha384-…` of `code`: the hash the README recommends, as browsers compute it. */
export const integrityOf = (code: string) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

export function subresourceIntegrity(): Plugin {
  return {
    name: 'folio-subresource-integrity',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) {
          this.emitFile({
            type: 'asset',
            fileName: `${chunk.fileName}.sri`,
            source: `${integrityOf(chunk.code)}\n`,
          });
        }
      }
    },
    // Only when files are written, through Vite's logger: an in-memory build (the test server's)
    // and a silent one (the bench's) stay quiet.
    writeBundle({ dir }, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.sri')) {
          const script = relative(process.cwd(), join(dir!, file.fileName.slice(0, -'.sri'.length)));
          this.environment.logger.info(`Subresource Integrity of ${script}: ${String(file.source).trim()}`);
        }
      }
    },
  };
}
