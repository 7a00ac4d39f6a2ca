// Size budgets, gzip -9, checked in CI by `npm run size`. `node bench/bundles.js`, which it runs
// first, builds each bundle with the drop-in settings (folio.js and its files are byte for byte
// dist/'s) and records which files each installed engine (Chromium, Firefox, WebKit) fetches for the
// seed page.
//
// The seed page is what a reader downloads for `<folio-article src>` with Folio's own JSON in
// English, its share bar and 20 related articles: folio.js and whatever it loads for that page.
// Its goal is 30,000 B, not met yet (docs/performance.md). Every file folio.js loads on demand has a
// budget of its own: a new one fails here until it gets one.
// Each limit is about 3% above the bundle's size when it was last set: room for a fix, not for a
// feature. Raise one only in a commit that says what the bytes buy; lower them as savings land.
import { readdirSync, readFileSync } from 'node:fs';

const budget = (name, path, limit) => ({ name, path, limit, gzip: true });

/** Each language's strings (src/locales/), loaded the first time an element speaks it. */
const LANGUAGES = new Set(readdirSync('src/locales').map((file) => file.replace(/\.ts$/, '')));
const LANGUAGE = '1 kB';

/** The budget of each other file loaded on demand, by its name without the content hash. */
const ON_DEMAND = {
  // The format readers, and the chunks they share (`posts`, `text`).
  ans: '1.64 kB',
  'apple-news': '1.81 kB',
  'contentful-rich-text': '1.21 kB',
  forem: '0.6 kB',
  ghost: '0.78 kB',
  'json-feed': '1.3 kB',
  'portable-text': '0.93 kB',
  posts: '0.5 kB',
  'schema-org': '2.07 kB',
  text: '0.42 kB',
  wordpress: '1.64 kB',
  'wordpress-com': '0.74 kB',
  // What a refused document, a JSON syntax error, emit-jsonld or a non-default network (its mark, the
  // Mastodon dialog) needs.
  'foreign-formats': '1.06 kB',
  'json-errors': '0.93 kB',
  'json-ld-writer': '0.59 kB',
  'more-networks': '2.83 kB',
  // DOMPurify, where the browser has no Sanitizer API of its own (WebKit today).
  purify: '12.35 kB',
};

const seedPage = JSON.parse(readFileSync('bench/results/bundles/seed-page.json', 'utf8'));
const DIR = 'bench/results/bundles/folio';
const onDemand = readdirSync(DIR)
  .filter((file) => file.startsWith('folio-') && file.endsWith('.js'))
  .map((file) => {
    // Languages keep their names (scripts/languages.ts); the other files' end in a content hash.
    const language = file.replace(/^folio-|\.js$/g, '');
    const name = LANGUAGES.has(language) ? language : file.replace(/^folio-|-[\w-]{8}\.js$/g, '');
    const limit = ON_DEMAND[name] ?? (LANGUAGES.has(name) ? LANGUAGE : undefined);
    if (!limit) throw new Error(`${file} has no budget in .size-limit.js: give it one`);
    return budget(`folio.js loads on demand: ${name}`, `${DIR}/${file}`, limit);
  });

export default [
  // Each engine the seed page was measured in (those installed): the same limit for all.
  ...Object.entries(seedPage).map(([engine, files]) =>
    budget(`the seed page in ${engine}, every file fetched`, files, engine === 'webkit' ? '43.7 kB' : '31.4 kB'),
  ),
  budget('dist/folio.js alone', 'bench/results/bundles/folio/folio.js', '31.4 kB'),
  ...onDemand,
  budget(
    'dist/folio-hydrate.js (drop-in for server-rendered pages)',
    'bench/results/bundles/folio-hydrate/folio-hydrate.js',
    '33.4 kB',
  ),
  budget('folio-embed/article with its dependencies', 'bench/results/bundles/article.js', '31.3 kB'),
  budget('folio-embed/share-bar with its dependencies', 'bench/results/bundles/share-bar.js', '14.8 kB'),
  budget('folio-embed/related with its dependencies', 'bench/results/bundles/related.js', '20.1 kB'),
];
