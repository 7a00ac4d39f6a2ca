import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/model/normalize.js';
import { loadFixture } from '../fixtures/formats/index.js';
import { errorFrom, readWithWarnings } from './errors.js';

describe('normalizeArticle with WordPress REST API posts', () => {
  describe('when the post comes with _embedded', () => {
    it('decodes the HTML entities of the title', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'post-embedded.json'));
      expect(article.title).to.equal('The “early boat” returns: what changes on Monday');
    });

    it('takes the author, with their archive page, from _embedded', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'post-embedded.json'));
      expect(article.authors).to.deep.equal([
        { name: 'Ines Varga', url: 'https://lakeside.example/author/ines/' },
      ]);
    });

    it('takes the featured image at its large size, with alt text and caption', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'post-embedded.json'));
      expect(article.image).to.deep.equal({
        src: 'https://lakeside.example/wp-content/uploads/2024/04/ferry-at-dusk-1024x683.jpg',
        alt: 'A white ferry leaving a pier at dusk',
        width: 1024,
        height: 683,
        caption: 'The Lake Queen leaving the south pier.',
        credit: undefined,
      });
    });

    it('takes the first real category and the tags from wp:term, decoded', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'post-embedded.json'));
      expect(article.category).to.deep.equal({
        name: 'Travel & Transport',
        url: 'https://lakeside.example/category/travel-transport/',
      });
      expect(article.tags).to.deep.equal(['ferries', 'timetables']);
    });

    it('reads the GMT dates as UTC', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'post-embedded.json'));
      expect(article.published).to.equal('2024-04-15T07:30:00Z');
      expect(article.updated).to.equal('2024-04-16T09:00:00Z');
    });

    it('shows the excerpt as the dek, without the "Continue reading" link', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'post-embedded.json'));
      expect(article.dek).to.equal('Three more crossings a day, two new piers, and tickets that stay valid.');
    });
  });

  describe('when the post comes without _embedded (WordPress core fixture)', () => {
    it('reads title, link, dates and content, and leaves out an excerpt that only repeats the title', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'core-post-model.json'));
      expect(article).to.deep.include({
        title: 'REST API Client Fixture: Post',
        url: 'http://example.org/?p=4',
        published: '2017-02-14T00:00:00Z',
        dek: undefined,
        authors: [],
        image: undefined,
        category: undefined,
      });
      expect(article.body).to.deep.equal([{ type: 'html', html: '<p>Updated post content.</p>' }]);
    });
  });

  describe('when the post is password-protected', () => {
    it('marks the article locked, with an empty body and no text of its own in any language', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'post-password-protected.json'));
      expect(article.title).to.equal('Template: Password Protected (the password is “enter”)');
      expect(article.locked).to.equal(true);
      expect(article.body).to.deep.equal([]);
      expect(article.dek).to.equal(undefined);
    });

    it('leaves it unlocked when the content came with the password', async () => {
      const post = await loadFixture('wordpress', 'post-password-protected.json');
      post.content.rendered = '<p>The secret text.</p>';
      const article = normalizeArticle(post);
      expect(article.locked).to.equal(undefined);
      expect(article.body).to.deep.equal([{ type: 'html', html: '<p>The secret text.</p>' }]);
    });
  });

  describe('when the post is public', () => {
    it('does not mark it locked', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'post-embedded.json'));
      expect(article.locked).to.equal(undefined);
    });
  });

  describe('when given a list of posts', () => {
    it('makes the first post the article and the others its related articles', async () => {
      const article = normalizeArticle(await loadFixture('wordpress', 'posts-list.json'));
      expect(article.title).to.equal('Winter schedule: fewer boats, longer days');
      expect(article.related.map(({ url, title }) => ({ url, title }))).to.deep.equal([
        { url: 'https://lakeside.example/2024/03/12/pier-vote/', title: 'Council votes for two new piers' },
        {
          url: 'https://lakeside.example/2024/03/05/fares-2024/',
          title: 'Fares hold steady for 2024 – for now',
        },
      ]);
    });

    it('leaves out an excerpt that WordPress cut from the content', async () => {
      expect(normalizeArticle(await loadFixture('wordpress', 'posts-list.json')).dek).to.equal(undefined);
    });

    it('summarizes related posts by their excerpt, without "[…]"', async () => {
      const [related] = normalizeArticle(await loadFixture('wordpress', 'posts-list.json')).related;
      expect(related.summary).to.equal('The vote passed nine to two after a long debate.');
    });

    it('skips a featured image the site refused to embed', async () => {
      const [related] = normalizeArticle(await loadFixture('wordpress', 'posts-list.json')).related;
      expect(related.image).to.equal(undefined);
    });
  });

  describe('when a field is wrong', () => {
    it('names its path in the post', async () => {
      const post = await loadFixture('wordpress', 'post-embedded.json');
      post.date_gmt = 'yesterday';
      expect(readWithWarnings(post).warnings.map(({ message }) => message)).to.deep.equal([
        'date_gmt "yesterday" is not a date Folio can read: left out. Use ISO 8601, such as 2025-08-10 or 2025-08-10T09:00:00+02:00.',
      ]);
    });

    it('names its path in a list', async () => {
      const posts = await loadFixture('wordpress', 'posts-list.json');
      posts[0].title.rendered = {};
      posts[0].content.rendered = '';
      posts[0].excerpt.rendered = '';
      expect(errorFrom(() => normalizeArticle(posts, { onWarning() {} })).message).to.equal(
        '[0].title.rendered is required',
      );
    });

    it('names its path inside _embedded', async () => {
      const post = await loadFixture('wordpress', 'post-embedded.json');
      post._embedded.author[0].name = ['Ines'];
      expect(readWithWarnings(post).warnings.map(({ path }) => path)).to.deep.equal(['_embedded.author[0].name']);
    });
  });
});
