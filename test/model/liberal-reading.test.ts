import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/model/normalize.js';
import { htmlToText, sanitizerReady } from '../../src/internal/sanitize.js';
import { errorFrom, readWithWarnings } from './errors.js';

// Where the browser has no sanitizer of its own (WebKit), DOMPurify loads first: the model reads HTML through it.
await sanitizerReady();

const NO_FORMAT =
  'The document is in no format Folio reads. Folio reads Folio Article JSON, a JSON Feed 1.0 or 1.1 (or one of its items), a WordPress REST API post, a WordPress.com REST v1.1 post, a Ghost Content API post, a Forem (dev.to) article, an Arc XP ANS story, an Apple News Format article, or a schema.org Article in JSON-LD; the body of an article may be Portable Text or Contentful Rich Text.';

describe('normalizeArticle, strict where it must be', () => {
  for (const [name, input] of [
    ['null', null],
    ['a string', 'an article'],
    ['an empty list', []],
    ['an empty object', {}],
  ] as const) {
    it(`refuses ${name} as in no format it reads, and names the formats it reads`, () => {
      const error = errorFrom(() => normalizeArticle(input));
      expect(error.message).to.equal(NO_FORMAT);
      expect(error.path).to.equal(undefined);
    });
  }

  it('refuses an article without a title, and names a key that looks like a misspelt one', () => {
    const error = errorFrom(() => normalizeArticle({ titel: 'Ferries', body: [] }, { onWarning() {} }));
    expect(error.message).to.equal('title is required — found "titel": did you mean "title"?');
    expect(error.path).to.equal('title');
  });

  it('refuses a body that is no body', () => {
    expect(errorFrom(() => normalizeArticle({ title: 'x', body: 5 })).message).to.equal(
      'body must be a list of blocks or an HTML string',
    );
  });

  it('names every problem it found, each with its path', () => {
    const error = errorFrom(() => normalizeArticle({ dek: 'No title', body: { type: 'paragraph' } }));
    expect(error.message).to.equal('2 problems: title is required; body must be a list of blocks or an HTML string');
    expect(error.path).to.equal('title');
    expect(error.problems.map(({ path }) => path)).to.deep.equal(['title', 'body']);
  });
});

describe('normalizeArticle, liberal where it can be', () => {
  /** Each malformed optional field: the article as read, and the warning that names the path. */
  const cases: [string, Record<string, unknown>, (article: any) => unknown, unknown, string, string][] = [
    ['a date that does not parse', { published: 'last Tuesday' }, (a) => a.published, undefined, 'published',
      'published "last Tuesday" is not a date Folio can read: left out. Use ISO 8601, such as 2025-08-10 or 2025-08-10T09:00:00+02:00.'],
    ['an image width in CSS pixels', { image: { src: 'https://x.example/a.jpg', width: '640px' } }, (a) => a.image.width, 640,
      'image.width', 'image.width "640px" is not a whole number of pixels: read as 640.'],
    ['tags as one comma string', { tags: 'ferries, harbour ,' }, (a) => a.tags, ['ferries', 'harbour'], 'tags',
      'tags is one string, not a list: split at its commas.'],
    ['a title given as a number', { title: 1984 }, (a) => a.title, '1984', 'title', 'title is a number, not text: read as "1984".'],
    ['a language that is not a tag', { lang: 'not a language!' }, (a) => a.lang, undefined, 'lang',
      'lang "not a language!" is not a BCP 47 language tag such as "en" or "ar-EG": left out.'],
    ['a heading level out of range', { body: [{ type: 'heading', text: 'H', level: 1 }] }, (a) => a.body[0].level, 2,
      'body[0].level', 'body[0].level must be 2, 3 or 4, not 1: read as 2.'],
    ['a heading level too deep', { body: [{ type: 'heading', text: 'H', level: '6' }] }, (a) => a.body[0].level, 4,
      'body[0].level', 'body[0].level must be 2, 3 or 4, not "6": read as 4.'],
    ['a list block whose items are not a list', { body: [{ type: 'list', items: 'a' }] }, (a) => a.body, [],
      'body[0].items', 'body[0].items must be a list, not a string: left out.'],
    ['an ad id that cannot name a slot', { body: [{ type: 'ad', id: 'a b' }] }, (a) => a.body, [], 'body[0].id',
      'body[0].id must be letters, digits, "-" and "_", such as "mid-1", not "a b": the slot is left out.'],
    ['a related item with nothing to show', { url: 'https://x.example/', related: [{ url: '/a' }] }, (a) => a.related, [],
      'related[0]', 'related[0] has neither a title nor a summary: left out.'],
    ['an image without a source', { image: { alt: 'no source' } }, (a) => a.image, undefined, 'image', 'image has no src: left out.'],
    ['locked as a word', { locked: 'yes' }, (a) => a.locked, undefined, 'locked', 'locked must be true or false, not "yes": left out.'],
    ['locked as the text "true"', { locked: 'true' }, (a) => a.locked, true, 'locked', 'locked is text, not true or false: read as true.'],
    ['an author without a name', { authors: [{ url: 'https://x.example/p' }, 'Ada'] }, (a) => a.authors, [{ name: 'Ada' }],
      'authors[0]', 'authors[0] has no name: left out.'],
    ['Twitter by its old name', { share: { networks: ['twitter', 'email'] } }, (a) => a.share.networks, ['x', 'email'],
      'share.networks[0]', 'share.networks[0] "twitter" is now "x": read as "x".'],
    ['a misspelt key', { titel: 'Ferries', title: 'Ferries' }, (a) => a.title, 'Ferries', 'titel',
      'unknown key "titel" — did you mean "title"?'],
    ['a misspelt nested key', { image: { src: 'https://x.example/a.jpg', widht: 640 } }, (a) => a.image.width, undefined,
      'image.widht', 'unknown key "image.widht" — did you mean "image.width"?'],
  ];

  for (const [what, fields, pick, expected, path, message] of cases) {
    it(`reads ${what}, and says what it did`, () => {
      const { article, warnings } = readWithWarnings({ title: 'x', ...fields });
      expect(pick(article)).to.deep.equal(expected);
      expect(warnings).to.deep.equal([{ path, message }]);
    });
  }

  it('decodes character references in plain text once, into text and never markup', () => {
    const { article } = readWithWarnings({
      title: '&#8216;Jokes&#8217; &amp;amp; &lt;b&gt;',
      authors: ['Zo&euml; &amp; Ann'],
      tags: ['R&amp;D'],
    }, { htmlToText });
    expect(article.title).to.equal('‘Jokes’ &amp; <b>');
    expect(article.tags).to.deep.equal(['R&D']);
    // Any name of HTML's set, not only the common few: the browser's parser reads it.
    expect(article.authors[0].name).to.equal('Zoë & Ann');
  });
});

describe('normalizeArticle, relative URLs', () => {
  const input = { title: 'x', url: '/a/1', image: { src: 'img/1.jpg' }, related: [{ url: '../2', title: 'Two' }] };

  it('resolves them against the src the document came from', () => {
    const { article, warnings } = readWithWarnings(input, { src: 'https://news.example/api/a.json' });
    expect([article.url, article.image?.src, article.related[0].url]).to.deep.equal([
      'https://news.example/a/1',
      'https://news.example/api/img/1.jpg',
      'https://news.example/2',
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it("resolves them against the document's own absolute URL when there is no src", () => {
    const { article } = readWithWarnings({ ...input, url: 'https://news.example/world/story' });
    expect([article.image?.src, article.related[0].url]).to.deep.equal([
      'https://news.example/world/img/1.jpg',
      'https://news.example/2',
    ]);
  });

  it("resolves a feed item's links against the feed's home page", () => {
    const { article } = readWithWarnings({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://blog.example/',
      items: [{ id: '1', url: '/posts/1', title: 'One', content_text: 'x', image: 'img/1.jpg' }],
    });
    expect([article.url, article.image?.src]).to.deep.equal(['https://blog.example/posts/1', 'https://blog.example/img/1.jpg']);
  });

  it('leaves them out with a warning when the document has no address, rather than use the page’s', () => {
    const { article, warnings } = readWithWarnings(input);
    expect([article.url, article.image, article.related]).to.deep.equal([undefined, undefined, []]);
    expect(warnings.map(({ path }) => path)).to.deep.equal(['url', 'image.src', 'related[0].url']);
    expect(warnings[0].message).to.equal(
      'url "/a/1" is relative, and the document has no address to resolve it against: left out. Give an absolute "url", or load the document by "src".',
    );
  });
});
