import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/model/normalize.js';
import { jsonFeedToRelated } from '../../src/model/normalize.js';
import { loadFixture } from '../fixtures/formats/index.js';
import type { FolioWarning } from '../../src/model/reading.js';
import { errorFrom, readWithWarnings } from './errors.js';

describe('normalizeArticle with JSON Feed', () => {
  describe('when given a whole feed', () => {
    it('makes the first item the article and the other items its related articles', async () => {
      const article = normalizeArticle(await loadFixture('json-feed', 'shapeof-v1.json'));
      expect(article.title).to.equal('SubEthaEdit Goes Open Source');
      expect(article.url).to.equal('http://shapeof.com/archives/2018/11/subethaedit_goes_open_source.html');
      expect(article.published).to.equal('2018-11-28T10:23:02-08:00');
      expect(article.body).to.have.length(1);
      expect(article.body[0]).to.include({ type: 'html' });
      expect(article.related).to.have.length(1);
      expect(article.related[0]).to.include({
        url: 'http://shapeof.com/archives/2019/1/blown_out_curves.html',
        title: 'Blown Out Curves',
        published: '2019-01-04T14:05:59-08:00',
      });
    });

    it("credits the feed's author (JSON Feed 1.0 `author`) when the item names none", async () => {
      const article = normalizeArticle(await loadFixture('json-feed', 'shapeof-v1.json'));
      expect(article.authors).to.deep.equal([{ name: 'Gus Mueller', url: undefined }]);
    });

    it('summarizes a related item from its content when it has no summary, in at most 160 characters', async () => {
      const [related] = normalizeArticle(await loadFixture('json-feed', 'shapeof-v1.json')).related;
      expect(related.summary).to.match(/^I was working on a bug in Acorn yesterday with the Curves filter/);
      expect(related.summary!.length).to.be.at.most(160);
      expect(related.summary).to.match(/…$/);
    });

    it('refuses a feed without items, naming the field', () => {
      const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] };
      expect(errorFrom(() => normalizeArticle(feed)).message).to.equal(
        'items is empty: the feed has no article to show',
      );
    });

    it("names the item's field path when one is wrong", async () => {
      const feed = await loadFixture('json-feed', 'shapeof-v1.json');
      feed.items[0].date_published = 'last Tuesday';
      const { article, warnings } = readWithWarnings(feed);
      expect(article.published).to.equal(undefined);
      expect(warnings.map(({ path }) => path)).to.deep.equal(['items[0].date_published']);
    });

    it('reads tags given as one comma string, and a title with character references', () => {
      const { article, warnings } = readWithWarnings({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: '1', title: '&#8216;Jokes&#8217; &amp; more', content_text: 'x', tags: 'humour, satire' }],
      });
      expect(article.title).to.equal('‘Jokes’ & more');
      expect(article.tags).to.deep.equal(['humour', 'satire']);
      expect(warnings).to.deep.equal([
        { path: 'items[0].tags', message: 'items[0].tags is one string, not a list: split at its commas.' },
      ]);
    });
  });

  describe('when given a single JSON Feed 1.1 item', () => {
    it('reads every field Folio shows', async () => {
      const article = normalizeArticle(await loadFixture('json-feed', 'item-1.1.json'));
      expect(article).to.deep.include({
        url: 'https://harbour.example/2026/04/tide-gauges',
        title: 'Why the harbour’s tide gauges disagree',
        dek: 'Two instruments, forty metres apart, read the same tide differently. Engineers explain why.',
        published: '2026-04-02T06:30:00+01:00',
        updated: '2026-04-03T09:15:00+01:00',
        lang: 'en-GB',
        tags: ['tides', 'instruments'],
      });
      expect(article.image).to.include({ src: 'https://harbour.example/img/gauges-1200.jpg', alt: '' });
    });

    it('skips authors without a name', async () => {
      const article = normalizeArticle(await loadFixture('json-feed', 'item-1.1.json'));
      expect(article.authors).to.deep.equal([
        { name: 'Maren Holt', url: 'https://harbour.example/people/maren' },
      ]);
    });

    it('turns content_text into escaped paragraphs, keeping single line breaks', async () => {
      const { body } = normalizeArticle(await loadFixture('json-feed', 'item-1.1.json'));
      expect(body).to.have.length(2);
      expect(body[1]).to.deep.equal({
        type: 'paragraph',
        html: "The new one floats in a stilling well by the ferry ramp. When the wind blows from the east,<br>the two can differ by a hand's width: a &lt; b is not a typo here.",
      });
    });

    it('uses banner_image when there is no image', async () => {
      const item = await loadFixture('json-feed', 'item-1.1.json');
      delete item.image;
      expect(normalizeArticle(item).image?.src).to.equal('https://harbour.example/img/gauges-banner.jpg');
    });

    it('links to external_url when the item has no url of its own', async () => {
      const item = await loadFixture('json-feed', 'item-1.1.json');
      delete item.url;
      expect(normalizeArticle(item).url).to.equal('https://tides.example/stations/42');
    });
  });

  describe('when an item has no title (a microblog post)', () => {
    it('uses its opening words as the title', async () => {
      const article = normalizeArticle(await loadFixture('json-feed', 'spec-1.0-microblog.json'));
      expect(article.title).to.equal('Cats are neat. https://example.org/cats');
      expect(article.body.map((block) => block.type)).to.deep.equal(['paragraph', 'paragraph']);
    });

    it('refuses an item with neither a title nor any text', () => {
      const feed = { version: 'https://jsonfeed.org/version/1', items: [{ id: '1', content_html: '' }] };
      expect(errorFrom(() => normalizeArticle(feed)).message).to.equal('items[0].title is required');
    });
  });

  describe('when an item has both content_html and content_text', () => {
    it('renders the HTML and shows the summary as the dek', async () => {
      const article = normalizeArticle(await loadFixture('json-feed', 'spec-1.0-podcast.json'));
      expect(article.dek).to.equal(
        'Brent interviews Chris Parrish, co-host of The Record and one-half of Aged & Distilled.',
      );
      expect(article.body).to.have.length(2);
      expect((article.body[0] as { html: string }).html).to.contain('<a href="http://adobe.com/">Adobe</a>');
      // The episode itself, its attachment.
      expect(article.body[1]).to.deep.equal({
        type: 'media',
        kind: 'audio',
        src: 'http://therecord.co/downloads/The-Record-sp1e1-ChrisParrish.m4a',
        mime: 'audio/x-m4a',
        title: undefined,
      });
    });
  });
});

describe('jsonFeedToRelated', () => {
  it('returns every item of a feed as a related article', async () => {
    const related = jsonFeedToRelated(await loadFixture('json-feed', 'shapeof-v1.json'));
    expect(related.map((item) => item.title)).to.deep.equal([
      'SubEthaEdit Goes Open Source',
      'Blown Out Curves',
    ]);
  });

  it('leaves out items that have no link or nothing to show', () => {
    const related = jsonFeedToRelated({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'a', title: 'No link', content_text: 'x' },
        { id: 'b', url: 'https://example.org/b', content_html: '' },
        { id: 'c', url: 'javascript:alert(1)', title: 'Unsafe link' },
        { id: 'd', url: '/d', content_text: 'Kept, resolved against the home page.' },
      ],
      home_page_url: 'https://example.org/blog/',
    });
    expect(related).to.have.length(1);
    expect(related[0]).to.include({
      url: 'https://example.org/d',
      summary: 'Kept, resolved against the home page.',
    });
  });

  it('names the path of a wrong field', () => {
    const warnings: FolioWarning[] = [];
    jsonFeedToRelated(
      { items: [{ url: 'https://example.org/a', title: {} }, { url: 'https://example.org/b', title: 'B' }] },
      { onWarning: (w) => warnings.push(w) },
    );
    expect(warnings.map(({ message }) => message)).to.deep.equal([
      'items[0].title must be text, not an object: left out.',
      'items[0] has neither a title nor a summary: left out.',
    ]);
  });
});
