/**
 * Every place hostile input can enter Folio and reach the DOM, one line each: the element, the
 * field (named as in the README), and the properties that carry values into it. A new element,
 * field or input format is one more line here; the injection matrix picks it up.
 */

export interface Entry {
  /** Element and field, as the README names them. */
  name: string;
  /** The element's tag; its shadow root is what is checked. */
  tag: string;
  /** The element's properties with `values` in the field: one value, or for a list field, many. */
  props: (values: string[]) => Record<string, unknown>;
  /** The field is (in) a list, so one element takes many values at once. */
  many?: boolean;
  /** A plain-text field: whenever the element renders, each value shows as its text (references decoded once), never as markup. */
  text?: boolean;
}

interface Options {
  /** See `Entry.text`. */
  text?: boolean;
  /** The article's share bar or related articles show this field. */
  reaches?: string;
}

const TEXT = { text: true };
const SHARED = { reaches: 'share' };
const RELATED = { reaches: 'related' };

/** The article URL: relative links resolve to a test route that answers quickly and quietly. */
const BASE = '/__folio/void/a/1';

/** A lead image on that route, for the fields beside its `src`. */
/** An absolute address: input handed in by property has no document for a relative one to resolve against. */
const IMAGE_SRC = new URL('/__folio/void/i.png', location.origin).href;
const image = { src: IMAGE_SRC, alt: 'A' };

/**
 * Input for `<folio-article>`. The share bar and related articles are left out unless the field
 * reaches them: they are most of the rendering time. Other formats reach the share bar through
 * the same article fields (title, dek, url, image) as Folio Article input, so only that is tested
 * with it.
 */
const input = (
  name: string,
  build: (values: string[]) => unknown,
  { text, reaches = '' }: Options = {},
  many = false,
): Entry => ({
  name: `<folio-article> ${name}`,
  tag: 'folio-article',
  props: (values) => ({
    hide: ['share', 'related'].filter((part) => !reaches.includes(part)).join(' '),
    article: build(values),
  }),
  many,
  text,
});

/** One value in a field of a Folio Article (with a title and URL when the field is not one). */
const article = (field: string, build: (value: string) => object, options?: Options) =>
  input(field, ([value]) => ({ title: 'Title', url: BASE, ...build(value) }), options);

/** Many values in a list of a Folio Article: `item` makes one list item, `place` puts the list. */
const articleList = (
  field: string,
  item: (value: string) => unknown,
  place: (items: unknown[]) => object,
  options?: Options,
) => input(field, (values) => ({ title: 'Title', url: BASE, ...place(values.map(item)) }), options, true);

/** A body block of the given type, with a value in one of its fields. */
const block = (type: string, field: string, others: object, options?: Options) =>
  articleList(
    `body[].${type}.${field}`,
    (value) => ({ type, ...others, [field]: value }),
    (body) => ({ body }),
    options,
  );

const related = (field: string, item: (value: string) => object) =>
  articleList(
    `related[].${field}`,
    (value) => ({ url: '/r', title: 'R', ...item(value) }),
    (related) => ({ related }),
    RELATED,
  );

const feedItem = (field: string, build: (value: string) => object) =>
  input(`JSON Feed item ${field}`, ([value]) => ({ id: '1', content_text: 'Text', ...build(value) }));

/** A JSON Feed whose items after the first (its related articles) have a value in `field`. */
const feedRelated = (field: string) =>
  input(
    `JSON Feed items[1…].${field}`,
    (values) => ({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: '0', title: 'T', content_text: 'Text' },
        ...values.map((value, i) => ({ id: `${i + 1}`, url: `/${i}`, title: 'R', [field]: value })),
      ],
    }),
    RELATED,
    true,
  );

const wordPress = (field: string, build: (value: string) => object) =>
  input(`WordPress post ${field}`, ([value]) => ({
    title: { rendered: 'T' },
    content: { rendered: '<p>Text</p>' },
    ...build(value),
  }));

/** A post with `_embedded` lists (authors, terms) holding many values. */
const embeddedList = (field: string, embedded: (values: string[]) => object) =>
  input(
    `WordPress post _embedded.${field}`,
    (values) => ({ title: { rendered: 'T' }, content: { rendered: 'x' }, _embedded: embedded(values) }),
    {},
    true,
  );

/** A list of WordPress posts whose posts after the first (its related articles) have a value in `field`. */
const wordPressRelated = (field: string, post: (value: string) => object) =>
  input(
    `WordPress posts [1…].${field}`,
    (values) => [
      { title: { rendered: 'T' }, content: { rendered: 'x' } },
      ...values.map((value, i) => ({ title: { rendered: 'R' }, link: `/${i}`, ...post(value) })),
    ],
    RELATED,
    true,
  );

const jsonLd = (field: string, build: (value: string) => object) =>
  input(`JSON-LD ${field}`, ([value]) => ({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'T',
    ...build(value),
  }));

const jsonLdList = (field: string, build: (values: string[]) => object) =>
  input(
    `JSON-LD ${field}`,
    (values) => ({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'T',
      ...build(values),
    }),
    {},
    true,
  );

/** A JSON-LD `@graph` whose articles after the first (its related articles) have a value in `field`. */
const jsonLdRelated = (field: string) =>
  input(
    `JSON-LD @graph[1…].${field}`,
    (values) => ({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'T' },
        ...values.map((value, i) => ({
          '@type': 'BlogPosting',
          headline: 'R',
          url: `/${i}`,
          [field]: value,
        })),
      ],
    }),
    RELATED,
    true,
  );

/** An attribute of `<folio-share-bar>`, sharing a page of its own unless the attribute is `url`. */
const shareBar = (attribute: string, text = false): Entry => ({
  name: `<folio-share-bar> ${attribute}`,
  tag: 'folio-share-bar',
  props: ([value]) => ({
    url: 'https://news.example/a/1',
    networks: 'facebook x reddit pinterest linkedin whatsapp telegram bluesky mastodon email copy native',
    [attribute]: value,
  }),
  text,
});

/** A field of `<folio-related>`'s items, many items per element. */
const relatedItems = (field: string, item: (value: string) => object, text = false): Entry => ({
  name: `<folio-related> items[].${field}`,
  tag: 'folio-related',
  props: (values) => ({
    items: values.map((value, i) => ({ url: `${BASE}/${i}`, title: 'R', ...item(value) })),
  }),
  many: true,
  text,
});

export const entries: Entry[] = [
  article('title', (value) => ({ title: value }), { text: true, reaches: 'share' }),
  article('dek', (value) => ({ dek: value }), { text: true, reaches: 'share' }),
  article('category', (value) => ({ category: value }), TEXT),
  article('category.name', (value) => ({ category: { name: value, url: '/c' } }), TEXT),
  article('category.url', (value) => ({ category: { name: 'C', url: value } })),
  // `locked` (a boolean, refused unless true or false) brings no text of its own: its notice is the
  // element's, and its link is the article `url`, so `url` is tried with the notice shown.
  article(
    'url',
    (value) => ({ url: value, locked: true, body: [{ type: 'paragraph', html: '<a href="x">x</a>' }] }),
    SHARED,
  ),
  article('published', (value) => ({ published: value })),
  article('updated', (value) => ({ published: '2026-01-01', updated: value })),
  article('lang', (value) => ({ lang: value })),
  articleList(
    'tags[]',
    (value) => value,
    (tags) => ({ tags }),
  ),
  articleList(
    'authors[]',
    (value) => value,
    (authors) => ({ authors }),
    TEXT,
  ),
  articleList(
    'authors[].name',
    (name) => ({ name }),
    (authors) => ({ authors }),
    TEXT,
  ),
  articleList(
    'authors[].url',
    (url) => ({ name: 'A', url }),
    (authors) => ({ authors }),
  ),
  article('image', (value) => ({ image: value }), SHARED),
  article('image.src', (value) => ({ image: { src: value, alt: 'A' } }), SHARED),
  article('image.alt', (value) => ({ image: { ...image, alt: value } }), TEXT),
  article('image.caption', (value) => ({ image: { ...image, caption: value } }), TEXT),
  article('image.credit', (value) => ({ image: { ...image, credit: value } }), TEXT),
  article('body (one HTML string)', (value) => ({ body: value })),
  block('paragraph', 'html', {}),
  block('heading', 'text', { level: 3 }, TEXT),
  block('image', 'src', { alt: 'A' }),
  block('image', 'alt', { src: IMAGE_SRC }, TEXT),
  block('image', 'caption', { src: IMAGE_SRC, alt: 'A' }, TEXT),
  block('image', 'credit', { src: IMAGE_SRC, alt: 'A' }, TEXT),
  block('quote', 'html', {}),
  block('quote', 'cite', { html: 'Q' }, TEXT),
  articleList(
    'body[].list.items[]',
    (value) => value,
    (items) => ({ body: [{ type: 'list', items }] }),
  ),
  block('html', 'html', {}),
  block('ad', 'id', {}),
  article('share.text', (value) => ({ share: { text: value } }), SHARED),
  articleList(
    'share.hashtags[]',
    (value) => value,
    (hashtags) => ({ share: { hashtags } }),
    SHARED,
  ),
  articleList(
    'share.networks[]',
    (value) => value,
    (networks) => ({ share: { networks } }),
    SHARED,
  ),
  related('url', (url) => ({ url })),
  related('title', (title) => ({ title })),
  related('summary', (summary) => ({ summary })),
  related('category', (category) => ({ category })),
  related('published', (published) => ({ published })),
  related('image', (value) => ({ image: value })),
  related('image.src', (src) => ({ image: { src, alt: 'A' } })),
  related('image.alt', (alt) => ({ image: { src: IMAGE_SRC, alt } })),

  feedItem('title', (value) => ({ title: value })),
  feedItem('summary', (value) => ({ summary: value })),
  feedItem('content_html', (value) => ({ content_html: value })),
  feedItem('content_text', (value) => ({ content_text: value })),
  feedItem('url', (value) => ({ url: value })),
  feedItem('external_url', (value) => ({ external_url: value })),
  feedItem('image', (value) => ({ image: value })),
  feedItem('banner_image', (value) => ({ banner_image: value })),
  feedItem('authors[].name', (value) => ({ authors: [{ name: value }] })),
  feedItem('authors[].url', (value) => ({ authors: [{ name: 'A', url: value }] })),
  feedItem('author.name (1.0)', (value) => ({ author: { name: value } })),
  feedItem('tags[]', (value) => ({ tags: [value] })),
  feedItem('language', (value) => ({ language: value })),
  input('JSON Feed home_page_url', ([value]) => ({
    version: 'https://jsonfeed.org/version/1.1',
    home_page_url: value,
    items: [{ id: '1', url: 'a/1', title: 'T', content_html: '<a href="x">x</a>' }],
  })),
  feedRelated('title'),
  feedRelated('url'),
  feedRelated('summary'),
  feedRelated('content_html'),
  feedRelated('image'),

  wordPress('title.rendered', (value) => ({ title: { rendered: value } })),
  wordPress('excerpt.rendered', (value) => ({ excerpt: { rendered: value } })),
  wordPress('content.rendered', (value) => ({ content: { rendered: value } })),
  wordPress('link', (value) => ({ link: value })),
  wordPress('lang', (value) => ({ lang: value })),
  wordPress('_embedded.wp:featuredmedia[].source_url', (value) => ({
    _embedded: { 'wp:featuredmedia': [{ source_url: value }] },
  })),
  wordPress('_embedded.wp:featuredmedia[].alt_text', (value) => ({
    _embedded: { 'wp:featuredmedia': [{ source_url: IMAGE_SRC, alt_text: value }] },
  })),
  wordPress('_embedded.wp:featuredmedia[].caption.rendered', (value) => ({
    _embedded: { 'wp:featuredmedia': [{ source_url: IMAGE_SRC, caption: { rendered: value } }] },
  })),
  embeddedList('author[].name', (values) => ({ author: values.map((name) => ({ name, link: '/a' })) })),
  embeddedList('author[].link', (values) => ({ author: values.map((link) => ({ name: 'A', link })) })),
  embeddedList('wp:term[][].name (category)', (values) => ({
    'wp:term': values.map((name) => [{ taxonomy: 'category', name, link: '/c' }]),
  })),
  embeddedList('wp:term[][].name (tag)', (values) => ({
    'wp:term': [values.map((name) => ({ taxonomy: 'post_tag', name }))],
  })),
  embeddedList('wp:term[][].link', (values) => ({
    'wp:term': values.map((link) => [{ taxonomy: 'category', name: 'C', link }]),
  })),
  wordPressRelated('title.rendered', (value) => ({ title: { rendered: value } })),
  wordPressRelated('excerpt.rendered', (value) => ({ excerpt: { rendered: value } })),
  wordPressRelated('link', (value) => ({ link: value })),

  jsonLd('headline', (value) => ({ headline: value })),
  jsonLd('name', (value) => ({ headline: undefined, name: value })),
  jsonLd('description', (value) => ({ description: value })),
  jsonLd('articleBody', (value) => ({ articleBody: value })),
  jsonLd('url', (value) => ({ url: value })),
  jsonLd('mainEntityOfPage', (value) => ({ mainEntityOfPage: value })),
  jsonLd('image', (value) => ({ image: value })),
  jsonLd('image.contentUrl', (value) => ({ image: { '@type': 'ImageObject', contentUrl: value } })),
  jsonLd('image.caption', (value) => ({ image: { url: IMAGE_SRC, caption: value } })),
  jsonLd('author', (value) => ({ author: value })),
  jsonLd('author.name', (value) => ({ author: { '@type': 'Person', name: value, url: '/a' } })),
  jsonLd('author.url', (value) => ({ author: { '@type': 'Person', name: 'A', url: value } })),
  jsonLd('articleSection', (value) => ({ articleSection: value })),
  jsonLd('keywords', (value) => ({ keywords: value })),
  jsonLd('inLanguage', (value) => ({ inLanguage: value })),
  jsonLdList('author[]', (values) => ({ author: values })),
  jsonLdList('keywords[]', (values) => ({ keywords: values })),
  jsonLdList('liveBlogUpdate[].headline', (values) => ({
    liveBlogUpdate: values.map((headline) => ({ headline, articleBody: 'x' })),
  })),
  jsonLdList('liveBlogUpdate[].articleBody', (values) => ({
    liveBlogUpdate: values.map((articleBody) => ({ headline: 'U', articleBody })),
  })),
  jsonLdRelated('headline'),
  jsonLdRelated('url'),
  jsonLdRelated('description'),
  jsonLdRelated('image'),

  shareBar('url'),
  shareBar('headline'),
  shareBar('summary'),
  shareBar('image'),
  shareBar('text'),
  shareBar('hashtags'),
  shareBar('via'),
  shareBar('networks'),
  shareBar('utmCampaign'),
  shareBar('label', true),

  relatedItems('url', (url) => ({ url })),
  relatedItems('title', (title) => ({ title }), true),
  relatedItems('summary', (summary) => ({ summary }), true),
  relatedItems('category', (category) => ({ category }), true),
  relatedItems('published', (published) => ({ published })),
  relatedItems('image', (image) => ({ image })),
  relatedItems('image.src', (src) => ({ image: { src, alt: 'A' } })),
  relatedItems('image.alt', (alt) => ({ image: { src: IMAGE_SRC, alt } }), true),
  {
    name: '<folio-related> label',
    tag: 'folio-related',
    props: ([label]) => ({ label, items: [{ url: BASE, title: 'R' }] }),
    text: true,
  },
];
