// Eleventy renders each article into its page at build time with folio-embed/ssr, so the page
// holds the whole article before any script runs. folio-hydrate.js, copied beside the pages with
// the files it loads on demand, then takes the markup over in the browser.
//
//   npm install folio-embed @11ty/eleventy @lit-labs/ssr jsdom
//   npx @11ty/eleventy          (writes _site/; `npx @11ty/eleventy --serve` to preview)
import { readFile } from 'node:fs/promises';
import { renderArticle } from 'folio-embed/ssr';

export default function (eleventyConfig) {
  // {% folioArticle "article.json" %}: the article in that file, rendered in place.
  eleventyConfig.addShortcode('folioArticle', async (file) =>
    renderArticle(JSON.parse(await readFile(file, 'utf8')), { lang: 'en' }),
  );
  eleventyConfig.addPassthroughCopy({ 'node_modules/folio-embed/dist/*.js': 'folio' });
}
