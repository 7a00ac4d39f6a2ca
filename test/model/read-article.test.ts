import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/model/normalize.js';
import { captureWarnings } from '../helpers.js';
import { fullArticle, minimalArticle, withChanges } from '../fixtures/articles.js';
import { errorFrom } from './errors.js';

describe('normalizeArticle with Folio Article JSON', () => {
  it('reads a full article into the canonical form', () => {
    const article = normalizeArticle(fullArticle);
    expect(article.title).to.equal(fullArticle.title);
    expect(article.category).to.deep.equal({ name: 'Climate', url: 'https://news.example/climate' });
    expect(article.authors[0].url).to.equal('https://news.example/people/ada');
    expect(article.body.map((b) => b.type)).to.deep.equal([
      'paragraph', 'heading', 'image', 'quote', 'list', 'ad', 'heading', 'html',
    ]);
    expect(article.related[0].url).to.equal('https://news.example/a/2');
  });

  it('accepts the smallest article and fills the lists', () => {
    expect(normalizeArticle(minimalArticle)).to.include({ title: 'Only a title' });
    expect(normalizeArticle(minimalArticle).body).to.deep.equal([]);
  });

  it('takes a category as a plain string and authors as plain names', () => {
    const article = normalizeArticle(withChanges({ category: 'World', authors: ['Ada Brook'] }));
    expect(article.category).to.deep.equal({ name: 'World' });
    expect(article.authors).to.deep.equal([{ name: 'Ada Brook' }]);
  });

  it('turns a body given as one HTML string into one HTML block', () => {
    expect(normalizeArticle(withChanges({ body: '<p>Hello</p>' })).body).to.deep.equal([
      { type: 'html', html: '<p>Hello</p>' },
    ]);
  });

  it('reads locked, and keeps it only when true', () => {
    expect(normalizeArticle(withChanges({ locked: true })).locked).to.equal(true);
    expect(normalizeArticle(withChanges({ locked: false })).locked).to.equal(undefined);
    expect(normalizeArticle(minimalArticle).locked).to.equal(undefined);
  });

  it('names the field path of what is wrong', () => {
    const body = [...fullArticle.body];
    body[3] = { type: 'heading', text: 'x', level: 5 } as never;
    const error = errorFrom(() => normalizeArticle(withChanges({ body })));
    expect(error.message).to.equal('body[3].level must be 2, 3 or 4');
    expect(error.path).to.equal('body[3].level');
  });

  for (const [input, message] of [
    [null, 'article must be an object, not null'],
    [[], 'article must be an object, not an array'],
    [{}, 'title is required'],
    [{ title: 42 }, 'title must be a string, not a number'],
    [{ title: 'x', published: 'last Tuesday' }, 'published must be an ISO 8601 date (2025-08-10)'],
    [{ title: 'x', lang: 'not a language!' }, 'lang must be a BCP 47 language tag such as "en" or "ar-EG"'],
    [{ title: 'x', body: [{ type: 'list', items: 'a' }] }, 'body[0].items must be an array, not a string'],
    [{ title: 'x', body: [{ type: 'ad', id: 'a b' }] }, 'body[0].id must use only letters, digits, "-" and "_"'],
    [{ title: 'x', related: [{ url: '/a' }] }, 'related[0] needs a title or a summary'],
    [{ title: 'x', image: { alt: 'no source' } }, 'image.src is required'],
    [{ title: 'x', locked: 'yes' }, 'locked must be true or false'],
  ] as const) {
    it(`refuses ${JSON.stringify(input)}: "${message}"`, () => {
      expect(errorFrom(() => normalizeArticle(input)).message).to.equal(message);
    });
  }

  it('skips unknown block types with a warning', async () => {
    let body: unknown[] = [];
    const warnings = await captureWarnings(() => {
      body = normalizeArticle({ title: 'x', body: [{ type: 'carousel' }, { type: 'paragraph', html: 'kept' }] }).body;
    });
    expect(body).to.deep.equal([{ type: 'paragraph', html: 'kept' }]);
    expect(warnings.join()).to.contain('body[0] was skipped: unknown block type "carousel"');
  });

  it('drops URLs the guard refuses, and images and related items that depend on them', async () => {
    let article = normalizeArticle(minimalArticle);
    await captureWarnings(() => {
      article = normalizeArticle({
        title: 'x',
        url: 'javascript:alert(1)',
        authors: [{ name: 'A', url: 'javascript:alert(1)' }],
        image: { src: 'data:text/html,x', alt: '' },
        body: [{ type: 'image', src: 'vbscript:x', alt: '' }],
        related: [{ url: 'javascript:x', title: 'gone' }],
      });
    });
    expect(article.url).to.equal(undefined);
    expect(article.authors).to.deep.equal([{ name: 'A', url: undefined }]);
    expect(article.image).to.equal(undefined);
    expect(article.body).to.deep.equal([]);
    expect(article.related).to.deep.equal([]);
  });
});
