// Size budgets, gzip -9, checked in CI by `npm run size` (after `npm run build`): a change that
// bloats a bundle fails CI. The per-element bundles hold the entry with Lit and DOMPurify inside,
// as a page that uses one element loads it; `node bench/bundles.js` builds them.
//
// The goal is 1.4× the floor (Lit + DOMPurify alone, 17,318 B measured by `npm run bench`):
// 24,245 B for dist/folio.js. It is not met: with the three elements and the format adapters,
// dist/folio.js is 39,285 B (2.27× the floor). The limits below are the honest current ceilings,
// set about 1.5% above the sizes of their day (the drop-in and the article now have about 0.3% left);
// lower them as savings land, never raise them to make room.
const budget = (name, path, limit) => ({ name, path, limit, gzip: true });

export default [
  budget('dist/folio.js (drop-in, everything)', 'dist/folio.js', '39.4 kB'),
  budget('folio-embed/article with its dependencies', 'bench/results/bundles/article.js', '39.3 kB'),
  budget('folio-embed/share-bar with its dependencies', 'bench/results/bundles/share-bar.js', '14.2 kB'),
  budget('folio-embed/related with its dependencies', 'bench/results/bundles/related.js', '26.2 kB'),
];
