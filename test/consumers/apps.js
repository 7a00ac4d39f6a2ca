// The apps the consumer test builds: each imports folio-embed the way the README shows, and says
// what a reader of the built page must see (as `readPage` in the browser reports it).

export const ARTICLE = {
  url: 'https://example.org/news/folio-in-an-app',
  title: 'Folio renders in a production build',
  dek: 'An app imports the package, its bundler builds it, a reader sees the article.',
  published: '2025-08-10',
  authors: [{ name: 'Ada Lovelace' }],
  body: [{ type: 'paragraph', html: 'The <em>built</em> app shows this paragraph.' }],
  related: [1, 2, 3].map((n) => ({
    url: `https://example.org/news/related-${n}`,
    title: `Related story ${n}`,
  })),
};

/** Served beside every app, for `<folio-related src>`. */
export const RELATED_JSON = '/related.json';

const escapeJson = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');
const inlineArticle = `<folio-article><script type="application/json">${escapeJson(ARTICLE)}</script></folio-article>`;
const shareBar = `<folio-share-bar url="${ARTICLE.url}" headline="${ARTICLE.title}"></folio-share-bar>`;
const related = `<folio-related src="${RELATED_JSON}"></folio-related>`;

const ALL = ['folio-article', 'folio-share-bar', 'folio-related'];
// The share bar's default networks (facebook x reddit pinterest email) are five links.
const SHARE_LINKS = 5;
const CARDS = ARTICLE.related.length;
const fullArticle = { defined: ALL, title: ARTICLE.title, shareLinks: SHARE_LINKS, cards: CARDS };

export const APPS = [
  {
    name: "import 'folio-embed'",
    main: `import 'folio-embed';`,
    body: inlineArticle,
    sees: fullArticle,
  },
  {
    name: "import 'folio-embed/hydrate'",
    main: `import 'folio-embed/hydrate';`,
    body: inlineArticle,
    sees: fullArticle,
  },
  {
    name: "import 'folio-embed/article'",
    main: `import 'folio-embed/article';`,
    body: inlineArticle,
    sees: fullArticle,
  },
  {
    name: "import 'folio-embed/share-bar'",
    main: `import 'folio-embed/share-bar';`,
    body: shareBar,
    sees: { defined: ['folio-share-bar'], title: null, shareLinks: SHARE_LINKS, cards: 0 },
  },
  {
    name: "import 'folio-embed/related'",
    main: `import 'folio-embed/related';`,
    body: related,
    sees: { defined: ['folio-related'], title: null, shareLinks: 0, cards: CARDS },
  },
  {
    name: "import { FolioArticle } from 'folio-embed'",
    main: `import { FolioArticle } from 'folio-embed';
const article = new FolioArticle();
article.article = ${JSON.stringify(ARTICLE)};
document.querySelector('main').append(article);`,
    body: '',
    sees: fullArticle,
  },
  {
    name: "React: import { FolioArticle } from 'folio-embed/react'",
    react: true,
    // createElement rather than JSX: the point is the package, not each bundler's JSX set-up.
    main: `import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FolioArticle } from 'folio-embed/react';

function App() {
  const [loaded, setLoaded] = useState(null);
  return createElement('div', null,
    createElement(FolioArticle, {
      article: ${JSON.stringify(ARTICLE)},
      onFolioLoad: (event) => setLoaded(event.detail.article.title),
    }),
    createElement('p', { id: 'status' }, loaded ? 'Loaded: ' + loaded : 'Loading'),
  );
}
createRoot(document.querySelector('main')).render(createElement(App));`,
    body: '',
    sees: { ...fullArticle, status: `Loaded: ${ARTICLE.title}` },
  },
];

/** The app's page: each bundler builds from (or copies) it; the script is the app's entry. */
export const page = (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A Folio consumer</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>${body}</main>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

/**
 * Runs in the built page: which Folio elements are defined, and what a reader sees of them (the
 * article's title, its share bar's links, the carousel's cards), in the article or on their own.
 */
export function readPage() {
  const shadow = (root, selector) => root?.shadowRoot?.querySelector(selector) ?? null;
  const article = document.querySelector('main folio-article');
  const bar = document.querySelector('main folio-share-bar') ?? shadow(article, 'folio-share-bar');
  const carousel = document.querySelector('main folio-related') ?? shadow(article, 'folio-related');
  const seen = {
    defined: ['folio-article', 'folio-share-bar', 'folio-related'].filter((tag) => customElements.get(tag)),
    title: shadow(article, 'h1')?.textContent.trim() ?? null,
    shareLinks: bar?.shadowRoot?.querySelectorAll('a[href]').length ?? 0,
    cards: carousel?.shadowRoot?.querySelectorAll('[part="card"] a[href]').length ?? 0,
  };
  const status = document.getElementById('status');
  return status ? { ...seen, status: status.textContent } : seen;
}
