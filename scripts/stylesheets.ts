/**
 * A build step for server-rendered pages: beside the npm entries it writes each element's styles as
 * a file (dist/folio-article.css, folio-share-bar.css, folio-related.css), what `renderArticle`'s
 * `stylesheets` option links to. The CSS is taken from the built server renderer itself, so the
 * files are exactly what its shadow roots would otherwise hold.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

export const stylesheetFiles = (): Plugin => ({
  name: 'folio-stylesheets',
  async writeBundle({ dir }, bundle) {
    if (!bundle['ssr.js']) return;
    const { stylesheets } = await import(pathToFileURL(join(dir!, 'ssr.js')).href);
    const files = Object.entries(stylesheets() as Record<string, string>);
    await Promise.all(files.map(([file, css]) => writeFile(join(dir!, file), css)));
  },
});
