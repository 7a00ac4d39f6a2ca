import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/folio-article.js';
import type { FolioInputError } from '../../src/model/errors.js';
import type { FolioErrorDetail, FolioWarningDetail } from '../../src/internal/events.js';
import { fixtureUrl, formatFixtures, loadFixture } from '../fixtures/formats/index.js';
import type { FormatName } from '../fixtures/formats/index.js';
import { $, captureWarnings, nextEvent, served, until } from '../helpers.js';

/** Each sample and the title a reader sees for it, read off the file by hand. */
const TITLES: Record<FormatName, Record<string, string>> = {
  'json-feed': {
    'shapeof-v1.json': 'SubEthaEdit Goes Open Source',
    'spec-1.0-podcast.json': 'Special #1 - Chris Parrish',
    // No title: its short text, on one line.
    'spec-1.0-microblog.json': 'Cats are neat. https://example.org/cats',
    'item-1.1.json': 'Why the harbour’s tide gauges disagree',
  },
  wordpress: {
    'core-post-model.json': 'REST API Client Fixture: Post',
    'post-embedded.json': 'The “early boat” returns: what changes on Monday',
    'post-password-protected.json': 'Template: Password Protected (the password is “enter”)',
    'posts-list.json': 'Winter schedule: fewer boats, longer days',
  },
  'json-ld': {
    'news-article.json': 'A comet last seen in 1861 is back, and brighter than forecast',
    'yoast-graph.json': 'Late frost costs orchards half their cherries',
    'live-blog.json': 'City marathon 2025: live',
    'reportage-list.json': 'Salt water creeps up the delta, and the rice moves with it',
    'blog.json': 'The swifts are back',
  },
  ghost: {
    'post.json': 'Night trains are back on the Baltic line',
    'posts.json': 'Members’ guide to the new timetable',
  },
  'wordpress-com': { 'post.json': 'Bees “vote” on a new home & other swarm notes' },
  forem: { 'article.json': 'Five things I learned shipping a web component library' },
  ans: { 'story.json': 'A glacier lake drained overnight. Scientists saw it coming.' },
  'apple-news': { 'article.json': 'Orchards rent bees by the hive, and the price has tripled' },
  'portable-text': { 'article.json': 'Tide mills are turning again' },
  contentful: { 'article.json': 'The night ferry keeps its timetable' },
};

const samples = Object.entries(formatFixtures).flatMap(([format, files]) =>
  files.map((file) => [format as FormatName, file, TITLES[format as FormatName][file]] as const),
);
const render = (article: unknown) =>
  fixture<FolioArticle>(html`<folio-article .article=${article}></folio-article>`);

/** What a reader sees of the element: its heading, and whether it shows an error. */
const seen = (el: FolioArticle) => ({
  title: $(el, 'h1')?.textContent,
  alert: $(el, '[role="alert"]')?.textContent,
});

describe('<folio-article> with real samples of each format', () => {
  for (const [format, file, title] of samples) {
    describe(`when given ${format}/${file}`, () => {
      it('renders it as the property, without an error', async () => {
        const json = await loadFixture(format, file);
        let el!: FolioArticle;
        await captureWarnings(async () => (el = await render(json)));
        expect(seen(el)).to.deep.equal({ title, alert: undefined });
      });

      it('renders it from src', async () => {
        const el = await fixture<FolioArticle>(
          html`<folio-article src=${fixtureUrl(format, file)}></folio-article>`,
        );
        // Wait for either outcome, so a failed load shows its alert instead of timing out.
        await until(() => $(el, 'h1, [role="alert"]'));
        expect(seen(el)).to.deep.equal({ title, alert: undefined });
      });
    });
  }

  describe('when a page prints the article inline', () => {
    it('renders a WordPress post given as inline JSON', async () => {
      const json = await loadFixture('wordpress', 'post-embedded.json');
      const el = await fixture<FolioArticle>(
        html`<folio-article>
          <script type="application/json">
            ${JSON.stringify(json)}
          </script>
        </folio-article>`,
      );
      expect(seen(el).title).to.equal('The “early boat” returns: what changes on Monday');
    });

    it("renders the page's own JSON-LD and leaves it in place for crawlers", async () => {
      const json = await loadFixture('json-ld', 'news-article.json');
      const el = await fixture<FolioArticle>(
        html`<folio-article>
          <script type="application/ld+json">
            ${JSON.stringify(json)}
          </script>
        </folio-article>`,
      );
      expect(seen(el).title).to.equal(json.headline);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(JSON.parse(script.textContent!)).to.deep.equal(json);
    });
  });

  describe('when a WordPress post embeds players, tweets and galleries', () => {
    const body = async () => {
      const el = await render(await loadFixture('wordpress', 'post-embedded.json'));
      return $(el, '[part="body"]')!;
    };

    it('shows a link to the video where the player was', async () => {
      const link = [...(await body()).querySelectorAll('a')].find(
        (a) => a.textContent === 'Matt Mullenweg: State of the Word 2023',
      );
      expect(link?.href).to.equal('https://www.youtube.com/watch?v=c7M4mBVgP3Y');
      expect(link?.closest('p')?.textContent).to.equal(
        'Matt Mullenweg: State of the Word 2023 (youtube.com)',
      );
    });

    it('keeps the tweet as a quote with its link, without the widget script', async () => {
      const content = await body();
      const quote = content.querySelector('blockquote')!;
      expect(quote.textContent).to.contain('Earlier boats on Mondays are a gift');
      expect(quote.querySelector('a')!.href).to.equal(
        'https://twitter.com/lakeside_commute/status/1780000000000000000',
      );
      expect(content.querySelector('script, iframe')).to.equal(null);
    });

    it('shows the gallery images with their alt text', async () => {
      const images = [...(await body()).querySelectorAll('img')].map((img) => img.alt);
      expect(images).to.deep.equal(['The north pier at dawn', 'The new loading ramp']);
    });

    it('resolves relative links against the post link', async () => {
      const link = [...(await body()).querySelectorAll('a')].find(
        (a) => a.textContent === 'on every crossing',
      )!;
      expect(link.href).to.equal('https://lakeside.example/tickets/');
    });
  });

  describe('when a WordPress post is password-protected', () => {
    it('tells the reader so after the empty body, in the post’s language, with a link to the post', async () => {
      const post = await loadFixture('wordpress', 'post-password-protected.json');
      const el = await render({ ...post, lang: 'fr' });
      expect($(el, '[part="body"]')!.textContent!.trim()).to.equal('');
      const notice = $(el, '[part="locked"]')!;
      expect(notice.textContent).to.contain('réservé aux abonnés ou protégé par un mot de passe');
      expect(notice.querySelector('a')!.href).to.equal(post.link);
    });
  });

  describe('when a format has a malformed optional field', () => {
    it('renders the rest, fires folio-warning naming the field, and logs it once', async () => {
      const json = await loadFixture('wordpress', 'post-embedded.json');
      json.modified_gmt = 'soon';
      const el = document.createElement('folio-article');
      const warned = nextEvent<FolioWarningDetail>(el, 'folio-warning');
      el.article = json;
      const logged = await captureWarnings(async () => {
        document.body.append(el);
        const { detail } = await warned;
        expect(detail.warnings).to.deep.equal([
          {
            path: 'modified_gmt',
            message:
              'modified_gmt "soon" is not a date Folio can read: left out. Use ISO 8601, such as 2025-08-10 or 2025-08-10T09:00:00+02:00.',
          },
        ]);
      });
      expect(seen(el)).to.deep.equal({ title: 'The “early boat” returns: what changes on Monday', alert: undefined });
      expect(logged).to.deep.equal([`Folio: <folio-article> ${'modified_gmt "soon" is not a date Folio can read: left out. Use ISO 8601, such as 2025-08-10 or 2025-08-10T09:00:00+02:00.'}`]);
      el.remove();
    });
  });

  describe('when a document has relative links', () => {
    const article = {
      title: 'Relative',
      body: [{ type: 'paragraph', html: '<a href="../tickets/">Tickets</a>' }],
      related: [{ url: 'next', title: 'Next' }],
    };

    it('resolves them, body links included, against the src it came from, never the page', async () => {
      const src = served(article);
      const el = await fixture<FolioArticle>(html`<folio-article src=${src}></folio-article>`);
      await until(() => $(el, 'h1'));
      const base = new URL(src, location.href);
      expect($(el, '[part="body"] a')!.getAttribute('href')).to.equal(new URL('../tickets/', base).href);
      expect(el.shadowRoot!.querySelector('folio-related')!.items![0].url).to.equal(new URL('next', base).href);
    });

    it('leaves them out when the document has no address, and says so', async () => {
      const el = document.createElement('folio-article');
      const warned = nextEvent<FolioWarningDetail>(el, 'folio-warning');
      el.article = article;
      await captureWarnings(() => document.body.append(el));
      expect((await warned).detail.warnings.map(({ path }) => path)).to.deep.equal(['related[0].url']);
      expect($(el, '[part="body"] a')!.hasAttribute('href')).to.equal(false);
      el.remove();
    });
  });

  describe('when a document is no article', () => {
    it('shows every problem in the alert and fires folio-error with their paths', async () => {
      const el = document.createElement('folio-article');
      const failed = nextEvent<FolioErrorDetail>(el, 'folio-error');
      el.article = { titel: 'Ferries', body: 7 };
      await captureWarnings(() => document.body.append(el));
      const { detail } = await failed;
      expect(detail.path).to.equal('title');
      expect((detail.cause as FolioInputError).problems.map(({ path }) => path)).to.deep.equal(['title', 'body']);
      expect($(el, '[role="alert"]')!.textContent).to.contain(
        '2 problems: title is required — found "titel": did you mean "title"?; body must be a list of blocks or an HTML string',
      );
      el.remove();
    });
  });

  describe('Accessibility', () => {
    it('passes axe with a WordPress post full of embeds', async () => {
      const el = await render(await loadFixture('wordpress', 'post-embedded.json'));
      await expect(el).to.be.accessible();
    });
  });
});
