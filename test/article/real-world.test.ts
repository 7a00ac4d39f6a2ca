/** What a reader sees of what sites really publish (issue 23): complete articles from every reader, no dead ends, media. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/folio-article.js';
import type { FolioWarningDetail } from '../../src/internal/events.js';
import { loadFixture } from '../fixtures/formats/index.js';
import type { FormatName } from '../fixtures/formats/index.js';
import { $, $$, captureWarnings, nextEvent } from '../helpers.js';

async function render(article: unknown) {
  let el!: FolioArticle;
  await captureWarnings(async () => {
    el = await fixture<FolioArticle>(html`<folio-article .article=${article}></folio-article>`);
  });
  return el;
}

/** What a reader sees: title, date, byline, lead image, and the tag of each body element. */
const seen = (el: FolioArticle) => ({
  title: $(el, 'h1')?.textContent,
  date: $(el, '[part="byline"] time')?.getAttribute('datetime'),
  byline: $(el, '.authors')?.textContent?.replace(/\s+/g, ' ').trim(),
  image: $(el, 'header + folio-share-bar + figure img, header + figure img')?.getAttribute('src'),
  body: [...$(el, '[part="body"]')!.querySelectorAll(':scope > *')].map((block) =>
    [block, ...block.querySelectorAll('*')].map((node) => node.localName).join(' '),
  ),
});

describe('<folio-article> with the new readers', () => {
  const complete: [FormatName, string, Partial<ReturnType<typeof seen>>, string[]][] = [
    ['ghost', 'post.json', {
      title: 'Night trains are back on the Baltic line',
      date: '2026-05-21T06:00:00.000+00:00',
      byline: 'By Lea Tamm',
      image: 'https://ghost.example/content/images/2026/05/train.jpg',
    }, ['p', 'h2', 'strong', 'figure', 'img', 'figcaption', 'blockquote', 'ul', 'li']],
    ['wordpress-com', 'post.json', {
      title: 'Bees “vote” on a new home & other swarm notes',
      date: '2026-04-14T09:30:00+02:00',
      byline: 'By Mira Kowal',
      image: 'https://bees.example.blog/wp-content/uploads/2026/04/comb.jpg',
    }, ['p', 'h2', 'em', 'figure', 'img', 'figcaption', 'blockquote', 'ol', 'li']],
    ['forem', 'article.json', {
      title: 'Five things I learned shipping a web component library',
      date: '2026-03-03T15:12:09Z',
      byline: 'By Noor Hassan',
      image: 'https://media.dev.example/cover/abc123.png',
    }, ['p', 'h2', 'code', 'pre', 'ul', 'li', 'img', 'blockquote']],
    ['ans', 'story.json', {
      title: 'A glacier lake drained overnight. Scientists saw it coming.',
      date: '2026-07-02T05:30:00.000Z',
      byline: 'By Ingrid Solberg and Pablo Ortega',
      image: 'https://ans.example/resizer/lake.jpg',
    }, ['p', 'b', 'h2', 'figure', 'img', 'figcaption', 'ol', 'li', 'blockquote', 'table', 'td', 'a', 'hr', 'video', 'source']],
    ['apple-news', 'article.json', {
      title: 'Orchards rent bees by the hive, and the price has tripled',
      date: '2026-04-20T07:00:00+02:00',
      byline: 'By Hanna Lind and Omar Said',
      image: 'https://apple-news.example/img/hives.jpg',
    }, ['p', 'strong', 'h2', 'em', 'a', 'ul', 'li', 'figure', 'img', 'blockquote', 'hr', 'audio', 'source']],
    ['portable-text', 'article.json', {
      title: 'Tide mills are turning again',
      date: '2026-05-11T08:00:00Z',
      byline: 'By Maren Vik',
      image: 'https://cdn.sanity.example/images/mill.jpg',
    }, ['p', 'strong', 'a', 'em', 'h2', 'ol', 'li', 'figure', 'img', 'figcaption', 'blockquote']],
    ['contentful', 'article.json', {
      title: 'The night ferry keeps its timetable',
      date: '2026-02-14',
      byline: 'By Tomas Lund',
      image: 'https://images.contentful.example/ferry.jpg',
    }, ['p', 'strong', 'a', 'em', 'h2', 'ul', 'li', 'blockquote', 'hr', 'figure', 'img', 'table', 'th', 'td']],
  ];
  for (const [format, file, header, tags] of complete) {
    it(`renders ${format}/${file} whole: title, date, byline, image and every body element`, async () => {
      const el = await render(await loadFixture(format, file));
      const shown = seen(el);
      expect(shown).to.deep.include(header);
      const body = shown.body.join(' ').split(' ');
      for (const tag of tags) expect(body, tag).to.include(tag);
    });
  }
});

describe('<folio-article> without a body', () => {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Harbour to close for a week',
    url: 'https://news.example/harbour',
    description: 'Repairs start on Monday.',
  };

  it('links the reader to the full text at its url, and folio-warning says the document had no body', async () => {
    const el = document.createElement('folio-article');
    const warned = nextEvent<FolioWarningDetail>(el, 'folio-warning');
    el.article = jsonLd;
    await captureWarnings(async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    const { detail } = await warned;
    expect(detail.warnings.map(({ path }) => path)).to.deep.equal(['articleBody']);
    const link = $(el, '[part="full-text"] a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://news.example/harbour');
    expect(link.textContent).to.equal('Read it on its site');
    el.remove();
  });

  it('shows no link when the article has a body', async () => {
    const el = await render({ ...jsonLd, articleBody: 'The harbour closes.' });
    expect($(el, '[part="full-text"]')).to.equal(null);
  });

  it('links a WordPress post fetched without content to its page', async () => {
    const el = await render({ title: { rendered: 'T' }, link: 'https://wp.example/t/' });
    expect(($(el, '[part="full-text"] a') as HTMLAnchorElement).href).to.equal('https://wp.example/t/');
  });
});

describe('<folio-article> with audio and video', () => {
  const feedItem = {
    url: 'https://pod.example/1',
    title: 'Episode 1',
    content_text: 'Show notes.',
    attachments: [
      { url: 'https://pod.example/Episode%201.mp3', mime_type: 'audio/mpeg' },
      { url: 'https://pod.example/1.mp4', mime_type: 'video/mp4', title: 'The video' },
    ],
  };

  it("shows the browser's players, named, with a link to each file", async () => {
    const el = await render(feedItem);
    const [audio, video] = $$(el, '[part="media"]');
    expect(audio.querySelector('audio')!.controls).to.equal(true);
    expect(audio.querySelector('audio')!.getAttribute('aria-label')).to.equal('Episode 1.mp3');
    expect(audio.querySelector('source')!.getAttribute('src')).to.equal('https://pod.example/Episode%201.mp3');
    expect(audio.querySelector('source')!.type).to.equal('audio/mpeg');
    expect((audio.querySelector('figcaption a') as HTMLAnchorElement).href).to.equal('https://pod.example/Episode%201.mp3');
    expect(video.querySelector('video')!.controls).to.equal(true);
    expect(video.querySelector('figcaption')!.textContent!.trim()).to.equal('The video');
  });

  it('passes axe', async () => {
    const el = await render(feedItem);
    await expect(el).to.be.accessible();
  });
});
