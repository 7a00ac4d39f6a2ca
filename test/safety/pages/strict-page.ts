/**
 * The script of the strict-CSP test page (loaded after the drop-in bundle): renders every element
 * with real content and with every vector, waits until all of it is on screen, then says so.
 */
import { NETWORKS } from '../../../src/model/networks.js';
import { settle } from '../inspect.js';
import { vectors } from '../vectors.js';

const here = (path: string) => new URL(path, location.href).href;

/** Every block type, links, images and a share bar: all on this origin, as `default-src 'self'` wants. */
export const article = {
  url: here('/__folio/void/news/river-towns'),
  title: 'River towns learn to live with floods',
  dek: 'Three towns on one river tried three different answers.',
  category: { name: 'Climate', url: '/climate' },
  published: '2026-03-04',
  authors: [{ name: 'Ada Brook', url: '/people/ada' }, 'Tom Reed'],
  image: {
    src: '/__folio/void/river.jpg',
    alt: 'A flooded street',
    width: 1200,
    height: 675,
    caption: 'Main Street.',
  },
  body: [
    {
      type: 'paragraph',
      html: 'The river rose <em>twice</em> in a week, said the <a href="/mayor">mayor</a>.',
    },
    { type: 'heading', text: 'What changed' },
    { type: 'image', src: 'levee.jpg', alt: 'A levee', caption: 'The levee' },
    { type: 'quote', html: 'We build <strong>with</strong> the water now.', cite: 'An engineer' },
    { type: 'list', ordered: true, items: ['<b>Raise</b> the houses', 'Open the floodplain'] },
    { type: 'ad', id: 'mid-1' },
    {
      type: 'html',
      html: '<p>Block <code>HTML</code> and a <a href="mailto:desk@news.example">mail link</a>.</p>',
    },
  ],
  share: { networks: [...NETWORKS] },
  related: [
    {
      url: '/a/2',
      title: 'Upstream, a dam comes down',
      summary: 'A related story.',
      image: { src: '/__folio/void/dam.jpg', alt: '' },
    },
  ],
};

/** A WordPress post with an embedded player and a "Continue reading" excerpt: adapters rewrite both. */
const wordPress = {
  link: here('/__folio/void/wp/1'),
  title: { rendered: 'From WordPress &#8211; with entities' },
  excerpt: { rendered: '<p>The excerpt. <a class="more-link" href="/wp/1">Continue reading</a></p>' },
  content: {
    rendered:
      '<p>Content with <em>HTML</em>.</p><figure><iframe src="https://www.youtube.com/embed/abc123" title="A video"></iframe></figure>',
  },
};

const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'From JSON-LD',
  articleBody:
    '<p>Body with <strong>HTML</strong></p><iframe src="https://player.vimeo.com/video/42"></iframe>',
};

/** With `?hostile`: every vector as a paragraph. */
const hostile = {
  title: vectors[0],
  body: vectors.map((html) => ({ type: 'paragraph', html })),
};

const elements = [
  Object.assign(document.createElement('folio-article'), { id: 'full', article, emitJsonLd: true }),
  ...(new URL(import.meta.url).searchParams.has('hostile')
    ? [Object.assign(document.createElement('folio-article'), { id: 'hostile', article: hostile })]
    : []),
  Object.assign(document.createElement('folio-article'), { id: 'wordpress', article: wordPress }),
  Object.assign(document.createElement('folio-article'), { id: 'json-ld', article: jsonLd }),
  Object.assign(document.createElement('folio-article'), {
    id: 'fetched',
    src: `/__folio/json?body=${encodeURIComponent(JSON.stringify(article))}`,
  }),
  Object.assign(document.createElement('folio-share-bar'), {
    url: article.url,
    headline: article.title,
    networks: article.share.networks.join(' '),
  }),
  Object.assign(document.createElement('folio-related'), { items: article.related }),
];
document.body.append(...elements);

await customElements.whenDefined('folio-article');
await new Promise((loaded) =>
  document.querySelector('#fetched')!.addEventListener('folio-load', loaded, { once: true }),
);
await settle(document.body);
(window as unknown as { folio: { done: boolean } }).folio.done = true;
