/** What sites really publish (issue 23): formats told apart, no dead ends, and the valid shapes of each. */
import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/model/normalize.js';
import { normalizeArticleAsync } from '../../src/model/normalize-async.js';
import { htmlToText, sanitizerReady } from '../../src/internal/sanitize.js';
import type { FolioWarning } from '../../src/model/reading.js';
import { formatFixtures, loadFixture } from '../fixtures/formats/index.js';
import type { FormatName } from '../fixtures/formats/index.js';
import { errorFrom, readWithWarnings } from './errors.js';

// Where the browser has no sanitizer of its own (WebKit), DOMPurify loads first: the model reads HTML through it.
await sanitizerReady();

const warningsOf = (input: unknown) => readWithWarnings(input).warnings.map(({ message }) => message);

describe('format detection that does not guess', () => {
  const refusals: [string, unknown, string][] = [
    ['Drupal JSON:API', { jsonapi: { version: '1.0' }, data: { type: 'node--article', id: 'a1', attributes: { title: 'T' } } }, 'a Drupal JSON:API answer'],
    ['Strapi', { data: { id: 3, attributes: { title: 'T', content: 'x' } }, meta: {} }, 'a Strapi REST API answer'],
    ['Strapi 5', { data: { id: 3, documentId: 'x1', title: 'T' }, meta: {} }, 'a Strapi REST API answer'],
    ['WPGraphQL', { data: { post: { title: 'T', content: '<p>x</p>', uri: '/t/', databaseId: 7 } } }, 'a WPGraphQL answer'],
    ['Hashnode', { data: { publication: { post: { title: 'T', brief: 'b', content: { html: '<p>x</p>', markdown: 'x' } } } } }, 'a Hashnode GraphQL answer'],
    ['Medium', { success: true, payload: { value: { title: 'T', content: { bodyModel: { paragraphs: [] } } } } }, "a Medium post's JSON"],
    ['Substack', { id: 9, publication_id: 4, title: 'T', body_html: '<p>x</p>', post_date: '2026-01-01T00:00:00Z' }, 'a Substack API post'],
    ['Contentful', { sys: { type: 'Entry', id: 'e1' }, fields: { title: 'T' } }, 'a Contentful entry (the Content Delivery API answer)'],
    ['RSS in JSON', { rss: { version: '2.0', channel: { title: 'Feed', item: [{ title: 'A post' }] } } }, 'an RSS feed converted to JSON'],
    ['RSS as text', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', 'an RSS feed, as text'],
    ['Atom as text', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'an Atom feed, as text'],
  ];
  for (const [name, input, looks] of refusals) {
    it(`refuses ${name}, naming what it looks like and what Folio reads`, () => {
      const { message } = errorFrom(() => normalizeArticle(input));
      expect(message).to.match(new RegExp(`^This is ${looks.replace(/[()]/g, '\\$&')}, which is in no format Folio reads\\. Folio reads Folio Article JSON, .*Ghost Content API post`));
    });
  }

  it('refuses a post of an unknown platform that only shares title and url with Folio JSON', () => {
    const post = { title: 'T', url: 'https://x.example/', slug: 't', feature_image: 'x', html: '<p>x</p>', published_at: '2026-01-01', reading_time: 3 };
    expect(errorFrom(() => normalizeArticle(post)).message).to.match(/^The document is in no format Folio reads/);
  });

  it('still reads Folio JSON with a misspelt key, and names it', () => {
    expect(warningsOf({ titel: 'x', title: 'T', body: 'B' })).to.deep.equal(['unknown key "titel" — did you mean "title"?']);
  });
});

describe('the readers of other platforms', () => {
  it('reads a Ghost post: byline, date, image, category, public tags, body', () => {
    return loadFixture('ghost', 'post.json').then((post) => {
      const { article, warnings } = readWithWarnings(post);
      expect(warnings).to.deep.equal([]);
      expect(article).to.deep.include({
        url: 'https://ghost.example/night-trains-baltic-line/',
        dek: 'Three countries, one sleeper, and a timetable that finally works.',
        published: '2026-05-21T06:00:00.000+00:00',
        updated: '2026-05-21T10:02:11.000+00:00',
        authors: [{ name: 'Lea Tamm', url: 'https://ghost.example/author/lea/' }],
        category: { name: 'Travel', url: 'https://ghost.example/tag/travel/' },
        tags: ['Travel', 'Rail'],
      });
      expect(article.image).to.deep.equal({
        src: 'https://ghost.example/content/images/2026/05/train.jpg',
        alt: 'A night train in a station',
        caption: 'Photo by Lea Tamm',
        width: undefined,
        height: undefined,
        credit: undefined,
      });
      expect(article.body).to.have.length(1);
    });
  });

  it("reads Ghost's { posts } answer: a members' post without access is locked, the next post related", async () => {
    const { article } = readWithWarnings(await loadFixture('ghost', 'posts.json'));
    expect(article.locked).to.equal(true);
    expect(article.authors).to.deep.equal([{ name: 'Jonas Berg', url: 'https://ghost.example/author/jonas/' }]);
    expect(article.related.map((item) => item.title)).to.deep.equal(['Night trains are back on the Baltic line']);
  });

  it('reads a WordPress.com v1.1 post: author, thumbnail with its alt text, terms, excerpt as the dek', async () => {
    const { article, warnings } = readWithWarnings(await loadFixture('wordpress-com', 'post.json'));
    expect(warnings).to.deep.equal([]);
    expect(article).to.deep.include({
      title: 'Bees “vote” on a new home & other swarm notes',
      dek: 'Scouts, dances and a quorum: how a swarm picks a cavity.',
      published: '2026-04-14T09:30:00+02:00',
      authors: [{ name: 'Mira Kowal', url: 'https://mirakowal.example/' }],
      category: { name: 'Field notes', url: undefined },
      tags: ['Swarms', 'Beekeeping'],
    });
    expect(article.image).to.include({ alt: 'Honeycomb in a frame', width: 1600, height: 1067 });
  });

  it('reads a Forem article: the author’s page on the same Forem, tags, and a description that repeats nothing', async () => {
    const { article, warnings } = readWithWarnings(await loadFixture('forem', 'article.json'));
    expect(warnings).to.deep.equal([]);
    expect(article).to.deep.include({
      dek: 'Events, attributes, and the day our bundle doubled.',
      published: '2026-03-03T15:12:09Z',
      updated: '2026-03-04T08:00:00Z',
      authors: [{ name: 'Noor Hassan', url: 'https://dev.to/noorhassan' }],
      tags: ['webcomponents', 'javascript', 'lit'],
    });
    expect(article.image?.src).to.equal('https://media.dev.example/cover/abc123.png');
  });

  it('reads an ANS story: every element it can show as a block, named by its element in warnings', async () => {
    const { article, warnings } = readWithWarnings(await loadFixture('ans', 'story.json'));
    expect(article).to.deep.include({
      url: 'https://ans.example/climate/2026/07/02/glacier-lake-drained-overnight/',
      dek: 'Sensors on the ice gave the valley six hours of warning.',
      published: '2026-07-02T05:30:00.000Z',
      updated: '2026-07-02T09:12:48.310Z',
      category: { name: 'Climate', url: undefined },
      tags: ['Glaciers', 'Norway'],
      lang: 'en',
      authors: [
        { name: 'Ingrid Solberg', url: 'https://ans.example/people/ingrid-solberg/' },
        { name: 'Pablo Ortega', url: undefined },
      ],
    });
    expect(article.image).to.include({ alt: 'An empty lake bed below a glacier', credit: 'Kari Dahl', width: 1600 });
    expect(article.body.map((block) => block.type)).to.deep.equal([
      'paragraph', 'heading', 'image', 'list', 'quote', 'html', 'paragraph', 'html', 'media', 'paragraph',
    ]);
    expect(article.body[4]).to.deep.equal({ type: 'quote', html: '<p>We had six hours, and we used every one.</p>', cite: 'Mayor Eli Haugen' });
    expect(article.body[6]).to.deep.equal({ type: 'paragraph', html: '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Time-lapse: the lake drains</a>' });
    expect(article.body[8]).to.deep.equal({
      type: 'media', kind: 'video', src: 'https://ans.example/video/lake-bed.mp4', mime: 'video/mp4', title: 'Drone flight over the lake bed',
    });
    expect(warnings.map(({ message }) => message)).to.deep.equal([
      'content_elements[10] ("numeric_rating") is not shown: Folio shows text, headers, images, lists, quotes, raw HTML, videos and embeds (as links).',
    ]);
  });

  it('reads an Apple News Format article: metadata, the header photo as the lead image, each component by its role', async () => {
    const { article, warnings } = readWithWarnings(await loadFixture('apple-news', 'article.json'));
    expect(article).to.deep.include({
      url: 'https://apple-news.example/2026/04/orchards-rent-bees/',
      dek: 'A bad winter for colonies reaches the fruit harvest.',
      published: '2026-04-20T07:00:00+02:00',
      authors: [{ name: 'Hanna Lind' }, { name: 'Omar Said' }],
      tags: ['bees', 'orchards', 'agriculture'],
      lang: 'en',
    });
    expect(article.image).to.include({ src: 'https://apple-news.example/img/hives.jpg', alt: 'Stacked white beehives beside blossoming apple trees' });
    expect(article.body.map((block) => block.type)).to.deep.equal([
      'html', 'heading', 'paragraph', 'list', 'image', 'quote', 'html', 'media', 'paragraph', 'paragraph', 'paragraph',
    ]);
    expect(article.body[2]).to.deep.equal({
      type: 'paragraph',
      html: 'A wet autumn kept bees <em>inside</em>, and mites spread. See the <a href="https://apple-news.example/survey">survey</a>.',
    });
    expect(article.body[3]).to.deep.equal({ type: 'list', ordered: false, items: ['Mites', 'Damp hives', 'Late frost'] });
    expect(warnings.map(({ path }) => path)).to.deep.equal(['components[13]']);
  });

  it('reads a Portable Text body: styles, lists gathered, marks and links inline, resolved images', async () => {
    const { article, warnings } = readWithWarnings(await loadFixture('portable-text', 'article.json'));
    expect(article.body).to.deep.equal([
      {
        type: 'paragraph',
        html: 'The pond fills at high water; <strong>the wheel turns</strong> as it empties. <a href="https://sanity.example/mills"><em>Where the mills are</em></a>',
      },
      { type: 'heading', text: 'Grain & tide', level: 2 },
      { type: 'list', ordered: true, items: ['Close the sluice', 'Wait for the ebb'] },
      {
        type: 'image', src: 'https://cdn.sanity.example/images/wheel.jpg', alt: 'The wheel under water',
        caption: 'The wheel at half tide.', width: undefined, height: undefined, credit: undefined,
      },
      { type: 'quote', html: 'The sea does the work.', cite: undefined },
    ]);
    expect(warnings.map(({ path }) => path)).to.deep.equal(['body[6]']);
  });

  it('reads a Contentful Rich Text body: marks, links, lists, quote, rule, resolved asset, table', async () => {
    const { article, warnings } = readWithWarnings(await loadFixture('contentful', 'article.json'));
    expect(article.body.map((block) => block.type)).to.deep.equal(['paragraph', 'heading', 'list', 'quote', 'html', 'image', 'html']);
    expect(article.body[0]).to.deep.equal({
      type: 'paragraph',
      html: 'The ferry leaves at <strong>23:10</strong> every night. <a href="https://contentful.example/timetable"><em>Timetable</em></a>',
    });
    expect(article.body[2]).to.deep.equal({ type: 'list', ordered: false, items: ['<p>Cabins</p>', '<p>A café</p>'] });
    expect(article.body[5]).to.include({ src: 'https://images.contentful.example/quay.jpg', alt: 'A lit ferry at a quay', width: 1600 });
    expect(warnings.map(({ path }) => path)).to.deep.equal(['body.content[7]']);
  });

  it('leaves out a Forem description that is the opening of the text', () => {
    const { article } = readWithWarnings({
      type_of: 'article',
      title: 'T',
      url: 'https://dev.to/a/t',
      description: 'We shipped our first release in…',
      body_html: '<p>We shipped our first release in January.</p>',
    });
    expect(article.dek).to.equal(undefined);
  });

  for (const [format, files] of Object.entries(formatFixtures)) {
    for (const file of files) {
      it(`reads ${format}/${file} alike when its reader loads on demand`, async () => {
        const json = await loadFixture(format as FormatName, file);
        const options = { htmlToText, onWarning() {} };
        expect(await normalizeArticleAsync(json, options)).to.deep.equal(normalizeArticle(json, options));
      });
    }
  }

  it('rejects on demand as it throws at once', async () => {
    const error = await normalizeArticleAsync({ jsonapi: {}, data: {} }).catch((e: Error) => e);
    expect((error as Error).message).to.match(/^This is a Drupal JSON:API answer/);
  });
});

describe('no dead ends', () => {
  it('warns that JSON-LD without articleBody has no body, naming the field', () => {
    const { article, warnings } = readWithWarnings({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'H',
      url: 'https://news.example/h',
    });
    expect(article.body).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      { path: 'articleBody', message: 'articleBody is missing: the document has no body, so the article links to the full text at its url.' },
    ]);
  });

  it('warns the same of a WordPress post fetched without content', () => {
    const { warnings } = readWithWarnings({ title: { rendered: 'T' }, link: 'https://wp.example/t/' });
    expect(warnings.map(({ path }) => path)).to.deep.equal(['content.rendered']);
  });

  it('does not warn of a locked article, whose notice already links on', () => {
    const { warnings } = readWithWarnings({ title: 'T', url: 'https://x.example/', locked: true });
    expect(warnings).to.deep.equal([]);
  });
});

describe('the valid shapes sites write', () => {
  const jsonLd = (fields: Record<string, unknown>) => ({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'H',
    articleBody: 'Text.',
    ...fields,
  });

  it('reads one-item lists and @list where one value or a list belongs, without a warning', () => {
    const { article, warnings } = readWithWarnings(
      jsonLd({
        mainEntityOfPage: [{ '@type': 'WebPage', '@id': 'https://news.example/a/1' }],
        image: { '@type': 'ImageObject', url: ['https://news.example/a.jpg'] },
        keywords: { '@list': ['rivers', 'floods'] },
        headline: [{ '@value': 'River towns', '@language': 'en' }],
      }),
    );
    expect(warnings).to.deep.equal([]);
    expect(article).to.deep.include({ url: 'https://news.example/a/1', title: 'River towns', tags: ['rivers', 'floods'] });
    expect(article.image?.src).to.equal('https://news.example/a.jpg');
  });

  it('reads dateCreated, creator and thumbnailUrl when the usual properties are absent', () => {
    const { article } = readWithWarnings(
      jsonLd({ dateCreated: '2026-02-01', creator: { '@type': 'Person', name: 'Ana Ruiz' }, thumbnailUrl: 'https://news.example/t.jpg' }),
    );
    expect(article).to.deep.include({ published: '2026-02-01', authors: [{ name: 'Ana Ruiz', url: undefined }] });
    expect(article.image?.src).to.equal('https://news.example/t.jpg');
  });

  it('reads a URL written without its scheme as https, with a warning', () => {
    const { article, warnings } = readWithWarnings({ title: 'T', body: 'B', url: 'news.example/a/1/' }, { src: 'https://feeds.example/x.json' });
    expect(article.url).to.equal('https://news.example/a/1/');
    expect(warnings.map(({ message }) => message)).to.deep.equal([
      'url "news.example/a/1/" has no scheme: read as "https://news.example/a/1/". Write the URL whole.',
    ]);
  });

  it('keeps a file name a relative URL', () => {
    const { article } = readWithWarnings({ title: 'T', body: 'B', image: 'photo.jpg' }, { src: 'https://news.example/a/' });
    expect(article.image?.src).to.equal('https://news.example/a/photo.jpg');
  });

  it('decodes character references in a plain-text articleBody and live-blog updates, once', () => {
    const { article } = readWithWarnings(
      jsonLd({ articleBody: 'It&#39;s &amp;lt; here', liveBlogUpdate: [{ headline: 'Update', articleBody: 'Caf&eacute; &quot;open&quot;' }] }),
      { htmlToText },
    );
    expect(article.body).to.deep.equal([
      { type: 'paragraph', html: 'It\'s &amp;lt; here' },
      { type: 'heading', text: 'Update', level: 2 },
      { type: 'paragraph', html: 'Café "open"' },
    ]);
  });

  it("decodes named references beyond the common few in titles, with the browser's parser", () => {
    const { article } = readWithWarnings({ title: 'Caf&eacute; &Aring;land &notaname; &amp;eacute;', body: 'B' }, { htmlToText });
    expect(article.title).to.equal('Café Åland &notaname; &eacute;');
  });

  it('reads a date with a fraction of any length as ISO 8601, without a warning', () => {
    const { article, warnings } = readWithWarnings({ title: 'T', body: 'B', published: '2026-03-04T09:00:00.123456+01:00' });
    expect(warnings).to.deep.equal([]);
    expect(article.published).to.equal('2026-03-04T09:00:00.123+01:00');
  });

  for (const [code, lang] of [['kr', 'ko'], ['jp', 'ja'], ['cn', 'zh'], ['gr', 'el'], ['se', 'sv'], ['dk', 'da']]) {
    it(`reads the country code "${code}" as the language "${lang}", with a warning`, () => {
      const { article, warnings } = readWithWarnings({ title: 'T', body: 'B', lang: code });
      expect(article.lang).to.equal(lang);
      expect(warnings.map(({ message }) => message)).to.deep.equal([
        `lang "${code}" is a country code, not a language: read as "${lang}". Use a language tag such as "${lang}".`,
      ]);
    });
  }

  it('makes audio and video attachments of a feed item media blocks, and other files links', () => {
    const { article, warnings } = readWithWarnings({
      url: 'https://pod.example/1',
      title: 'Episode 1',
      content_text: 'Show notes.',
      attachments: [
        { url: 'https://pod.example/1.mp3', mime_type: 'audio/mpeg', title: 'Episode 1' },
        { url: 'https://pod.example/1.mp4', mime_type: 'video/mp4' },
        { url: 'https://pod.example/1.pdf', mime_type: 'application/pdf', title: 'Transcript' },
        { url: 'javascript:alert(1)', mime_type: 'audio/mpeg' },
      ],
    });
    expect(article.body).to.deep.equal([
      { type: 'paragraph', html: 'Show notes.' },
      { type: 'media', kind: 'audio', src: 'https://pod.example/1.mp3', mime: 'audio/mpeg', title: 'Episode 1' },
      { type: 'media', kind: 'video', src: 'https://pod.example/1.mp4', mime: 'video/mp4', title: undefined },
      { type: 'paragraph', html: '<a href="https://pod.example/1.pdf">Transcript</a>' },
    ]);
    expect(warnings).to.deep.equal([
      { path: 'attachments[3].url', message: 'attachments[3].url was left out: only http(s), mailto and relative URLs are allowed.' },
    ] satisfies FolioWarning[]);
  });

  it('reads a media block of Folio JSON, its kind from its mime when it is missing', () => {
    const { article, warnings } = readWithWarnings({
      title: 'T',
      body: [{ type: 'media', src: 'https://x.example/a.ogg', mime: 'audio/ogg' }],
    });
    expect(article.body).to.deep.equal([{ type: 'media', kind: 'audio', src: 'https://x.example/a.ogg', mime: 'audio/ogg', title: undefined }]);
    expect(warnings.map(({ path }) => path)).to.deep.equal(['body[0].kind']);
  });
});

describe('hostile values in the new repairs', () => {
  it('reads no language from a name of Object.prototype', () => {
    for (const lang of ['__proto__', 'constructor', 'toString']) {
      const { article } = readWithWarnings({ title: 'T', body: 'B', lang });
      expect(typeof (article.lang ?? '')).to.equal('string');
    }
  });
});
