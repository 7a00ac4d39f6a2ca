import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/model/normalize.js';
import { captureWarnings } from '../helpers.js';
import { fullArticle, minimalArticle, withChanges } from '../fixtures/articles.js';

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
