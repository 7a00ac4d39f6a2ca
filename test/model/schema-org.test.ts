import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/model/normalize.js';
import { loadFixture } from '../fixtures/formats/index.js';
import { errorFrom, readWithWarnings } from './errors.js';

describe('normalizeArticle with schema.org JSON-LD', () => {
  describe('when given a NewsArticle', () => {
    it('reads headline, description, dates, section, keywords and language', async () => {
      const article = normalizeArticle(await loadFixture('json-ld', 'news-article.json'));
      expect(article).to.deep.include({
        title: 'A comet last seen in 1861 is back, and brighter than forecast',
        dek: 'Astronomers had expected a faint smudge. They got a tail visible from city rooftops.',
        url: 'https://dailyledger.example/science/2025/comet-return',
        published: '2025-09-14T04:00:00+02:00',
        updated: '2025-09-14T10:20:00+02:00',
        category: { name: 'Science' },
        tags: ['comets', 'astronomy', 'night sky'],
        lang: 'en',
      });
    });

    it('takes the first image, with its size even as a QuantitativeValue', async () => {
      const article = normalizeArticle(await loadFixture('json-ld', 'news-article.json'));
      expect(article.image).to.include({
        src: 'https://dailyledger.example/img/comet-16x9.jpg',
        width: 1920,
        height: 1080,
        caption: 'The comet over the harbour, 3 a.m.',
      });
    });

    it('reads people and organizations as authors', async () => {
      const article = normalizeArticle(await loadFixture('json-ld', 'news-article.json'));
      expect(article.authors).to.deep.equal([
        { name: 'Ana Lindqvist', url: 'https://dailyledger.example/staff/ana-lindqvist' },
        { name: 'Daily Ledger Science Desk', url: undefined },
      ]);
    });

    it('splits the articleBody text into paragraphs', async () => {
      const { body } = normalizeArticle(await loadFixture('json-ld', 'news-article.json'));
      expect(body.map((block) => block.type)).to.deep.equal(['paragraph', 'paragraph']);
    });
  });

  describe('when the article is inside an @graph (Yoast SEO)', () => {
    it('finds the Article node and follows @id references to the author, image and page', async () => {
      const article = normalizeArticle(await loadFixture('json-ld', 'yoast-graph.json'));
      expect(article.title).to.equal('Late frost costs orchards half their cherries');
      expect(article.authors).to.deep.equal([
        { name: 'Tomas Reyes', url: 'https://valleypost.example/author/tomas/' },
      ]);
      expect(article.image).to.include({
        src: 'https://valleypost.example/wp-content/uploads/2025/06/frost.jpg',
        caption: 'Frost on cherry blossom near Millbrook',
      });
      expect(article.url).to.equal('https://valleypost.example/2025/06/orchard-frost/');
      expect(article.dek).to.equal('Growers count the damage after two nights below zero.');
      expect(article.category).to.deep.equal({ name: 'Farming' });
      expect(article.tags).to.deep.equal(['agriculture', 'weather']);
    });
  });

  describe('when given a list of JSON-LD blocks', () => {
    it('reads the article among them, whatever its place and however its type is written', async () => {
      const article = normalizeArticle(await loadFixture('json-ld', 'reportage-list.json'));
      expect(article).to.deep.include({
        title: 'Salt water creeps up the delta, and the rice moves with it',
        authors: [{ name: 'Linh Tran', url: undefined }],
        category: { name: 'World' },
        tags: ['rice', 'salinity', 'delta'],
        lang: 'en-GB',
      });
    });
  });

  describe('when given a LiveBlogPosting', () => {
    it('shows each update as a subheading followed by its text', async () => {
      const { body } = normalizeArticle(await loadFixture('json-ld', 'live-blog.json'));
      expect(body).to.deep.equal([
        { type: 'heading', text: 'Winner crosses the line in 2:09:41', level: 2 },
        { type: 'html', html: 'A course record by eleven seconds.<br>The crowd on the bridge saw it first.' },
        { type: 'heading', text: 'Leaders pass the halfway mark', level: 2 },
        {
          type: 'paragraph',
          html: 'Four runners are together at 21 km, with a gap of forty seconds to the chasing group.',
        },
        { type: 'heading', text: 'And they are off', level: 2 },
      ]);
    });
  });

  describe('when given a Blog with several posts', () => {
    it('makes the first post the article and the others its related articles', async () => {
      const article = normalizeArticle(await loadFixture('json-ld', 'blog.json'));
      expect(article.title).to.equal('The swifts are back');
      expect(article.image).to.include({ width: 1200, height: 800 });
      expect(article.related).to.have.length(1);
      expect(article.related[0]).to.include({
        url: 'https://fieldnotes.example/2025/04/moths/',
        title: 'A night of moth trapping',
        summary: 'Thirty-one species, and one we had never recorded.',
      });
    });
  });

  describe('when the article is behind a paywall', () => {
    const paywalled = (changes: object) => ({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Members only',
      url: 'https://dailyledger.example/members/1',
      ...changes,
    });

    for (const value of [false, 'False', 'false']) {
      it(`marks it locked when isAccessibleForFree is ${JSON.stringify(value)} and there is no articleBody`, () => {
        const article = normalizeArticle(paywalled({ isAccessibleForFree: value }));
        expect(article.locked).to.equal(true);
        expect(article.body).to.deep.equal([]);
      });
    }

    it('does not lock an article whose articleBody is there to read', () => {
      const article = normalizeArticle(
        paywalled({ isAccessibleForFree: false, articleBody: 'The whole text.' }),
      );
      expect(article.locked).to.equal(undefined);
    });

    it('does not lock a free article, or one that says nothing', () => {
      expect(normalizeArticle(paywalled({ isAccessibleForFree: true })).locked).to.equal(undefined);
      expect(normalizeArticle(paywalled({ isAccessibleForFree: 'True' })).locked).to.equal(undefined);
      expect(normalizeArticle(paywalled({})).locked).to.equal(undefined);
    });
  });

  describe('when text fields carry markup', () => {
    it('reads them as plain text', () => {
      const article = normalizeArticle({
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: 'Q&amp;A with the <em>mayor</em>',
        description: 'She answers <b>ten</b> questions.',
      });
      expect(article.title).to.equal('Q&A with the mayor');
      expect(article.dek).to.equal('She answers ten questions.');
    });
  });

  describe('when something is missing or wrong', () => {
    it('refuses JSON-LD that holds no article', () => {
      const error = errorFrom(() =>
        normalizeArticle({ '@context': 'https://schema.org', '@type': 'Recipe', name: 'Soup' }),
      );
      expect(error.message).to.equal(
        '@type names no article type (Article, NewsArticle, BlogPosting or another type under Article)',
      );
    });

    it('asks for a headline', () => {
      const error = errorFrom(() =>
        normalizeArticle({ '@context': 'https://schema.org', '@type': 'NewsArticle' }),
      );
      expect(error.message).to.equal('headline is required');
    });

    it('names the path inside an @graph', async () => {
      const graph = await loadFixture('json-ld', 'yoast-graph.json');
      graph['@graph'][0].datePublished = 'June';
      const { article, warnings } = readWithWarnings(graph);
      expect(article.published).to.equal(undefined);
      expect(warnings.map(({ path }) => path)).to.deep.equal(['@graph[0].datePublished', '@graph[0].articleBody']);
    });

    it('skips null and empty nodes in an @graph, with a warning', async () => {
      const graph = await loadFixture('json-ld', 'yoast-graph.json');
      graph['@graph'].unshift(null, {});
      const { article, warnings } = readWithWarnings(graph);
      expect(article.title).to.equal(normalizeArticle(await loadFixture('json-ld', 'yoast-graph.json')).title);
      expect(warnings.map(({ message }) => message)).to.deep.equal([
        '@graph[0] is null, not a node: skipped.',
        '@graph[1] is an empty node, not a node: skipped.',
        '@graph[2].articleBody is missing: the document has no body, so the article links to the full text at its url.',
      ]);
    });
  });

  describe('when the type is one under Article without "Article" in its name', () => {
    for (const type of ['Report', 'SocialMediaPosting', 'DiscussionForumPosting', 'APIReference', 'schema:SatiricalArticle', 'https://schema.org/AnalysisNewsArticle']) {
      it(`reads a ${type}`, () => {
        const article = normalizeArticle({ '@context': 'https://schema.org', '@type': type, headline: 'Read me' });
        expect(article.title).to.equal('Read me');
      });
    }

    it('finds an article nested under a key of the site’s own, or a page’s mainEntity', () => {
      for (const key of ['article', 'mainEntity']) {
        const { article, warnings } = readWithWarnings({
          '@context': 'https://schema.org',
          '@type': 'WebPage',
          [key]: { '@type': 'NewsArticle', headline: 'Nested', datePublished: '2016-05-13T16:43:53+0000' },
        });
        expect([article.title, article.published]).to.deep.equal(['Nested', '2016-05-13T16:43:53+00:00']);
        expect(warnings.map(({ path }) => path)).to.deep.equal([`${key}.datePublished`, `${key}.articleBody`]);
      }
    });

    it('names an article without a headline by the opening words of its body', () => {
      const article = normalizeArticle({
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: null,
        articleBody: 'The ferry timetable changes on Monday, and the harbour office has published a short film explaining it.',
      });
      expect(article.title).to.equal('The ferry timetable changes on Monday, and the harbour office has published a…');
    });

    it('does not take a type merely named like an article for one', () => {
      const error = errorFrom(() =>
        normalizeArticle({ '@context': 'https://schema.org', '@type': 'ArticleWithoutEnd', headline: 'x' }),
      );
      expect(error.path).to.equal('@type');
    });
  });
});
