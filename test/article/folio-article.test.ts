import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import { FolioArticle } from '../../src/article/folio-article.js';
import {
  $,
  $$,
  captureWarnings,
  inDarkScheme,
  nextEvent,
  served,
  setPageLang,
  tabStops,
  until,
} from '../helpers.js';
import { fullArticle, minimalArticle, withChanges } from '../fixtures/articles.js';

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
};

/** An article in Arabic that names no language, as many sites publish them. */
const arabicWithoutLang = {
  title: 'مدن النهر تتعلم العيش مع الفيضانات',
  dek: 'ثلاث مدن على نهر واحد جربت ثلاثة حلول مختلفة.',
  body: [
    { type: 'paragraph', html: 'ارتفع النهر <em>مرتين</em> في أسبوع واحد.' },
    { type: 'heading', text: 'ما الذي تغيّر', level: 2 },
  ],
  related: [{ url: 'https://news.example/a/2', title: 'السدود الجديدة' }],
};

const render = (article: unknown) =>
  fixture<FolioArticle>(html`<folio-article .article=${article}></folio-article>`);

describe('<folio-article>', () => {
  describe('header', () => {
    it('shows the category as a link, the title as the only h1, and the dek', async () => {
      const el = await render(fullArticle);
      const category = $(el, '[part="category"]') as HTMLAnchorElement;
      expect(category.href).to.equal('https://news.example/climate');
      expect(category.textContent).to.equal('Climate');
      expect($$(el, 'h1').map((h) => h.textContent)).to.deep.equal([fullArticle.title]);
      expect($(el, '[part="dek"]')!.textContent).to.equal(fullArticle.dek);
    });

    it('shows a category without a URL as text', async () => {
      const el = await render(withChanges({ category: 'World' }));
      expect($(el, '[part="category"]')!.tagName).to.equal('P');
    });

    it('writes the byline with linked authors and machine-readable dates', async () => {
      const el = await render(fullArticle);
      const byline = $(el, '[part="byline"]')!;
      expect(byline.textContent!.replace(/\s+/g, ' ')).to.contain('By Ada Brook and Tom Reed');
      expect(byline.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/people/ada');
      const times = [...byline.querySelectorAll('time')];
      expect(times.map((t) => t.dateTime)).to.deep.equal(['2026-03-04', '2026-03-05T10:00:00Z']);
      expect(times[0].textContent).to.equal('March 4, 2026');
    });

    it('shows the day the publisher wrote, whatever the reader’s time zone', async () => {
      const el = await render(withChanges({ published: '2016-01-01T23:59:59-06:00', updated: undefined }));
      const time = $(el, '[part="byline"] time') as HTMLTimeElement;
      expect([time.dateTime, time.textContent]).to.deep.equal([
        '2016-01-01T23:59:59-06:00',
        'January 1, 2016',
      ]);
    });

    it('formats dates in the article’s language', async () => {
      const el = await render(withChanges({ lang: 'fr' }));
      expect($(el, 'time')!.textContent).to.equal('4 mars 2026');
      expect($(el, '[part="byline"]')!.textContent).to.contain('Par Ada Brook et Tom Reed');
    });
  });

  describe('body', () => {
    it('renders every block type in order', async () => {
      const el = await render(fullArticle);
      const body = $(el, '[part="body"]')!;
      const tags = [...body.children].map((child) => child.tagName.toLowerCase());
      expect(tags).to.deep.equal(['p', 'h2', 'figure', 'figure', 'ol', 'div', 'h3', 'div']);
      expect(body.querySelector('p em')!.textContent).to.equal('twice');
      expect(body.querySelector('blockquote strong')!.textContent).to.equal('with');
      expect(body.querySelector('.quote figcaption')!.textContent).to.equal('A town engineer');
      expect([...body.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal([
        'Raise the houses',
        'Open the floodplain',
      ]);
      expect(body.querySelector('.html code')!.textContent).to.equal('HTML');
    });

    it('resolves relative links and images against the article URL', async () => {
      const el = await render(fullArticle);
      expect(($(el, '[part="body"] p a') as HTMLAnchorElement).href).to.equal('https://news.example/mayor');
      expect(($(el, '[part="body"] img') as HTMLImageElement).src).to.equal(
        'https://news.example/img/levee.jpg',
      );
    });

    it('gives images their size so the page does not shift as they load', async () => {
      const el = await render(fullArticle);
      const lead = $(el, 'article > figure img') as HTMLImageElement;
      expect([lead.getAttribute('width'), lead.getAttribute('height'), lead.alt]).to.deep.equal([
        '1200',
        '675',
        'A flooded street',
      ]);
      expect($(el, 'article > figure figcaption')!.textContent).to.contain('Main Street in March.');
      expect(($(el, '[part="body"] img') as HTMLImageElement).loading).to.equal('lazy');
    });

    it('reserves each image’s box at its ratio while it loads', async () => {
      // Images that take seconds to arrive (and then are none): the boxes held for them are
      // measured. Not a request that never ends: WebKit keeps it open after the test.
      const src = new URL(served({}, 3000), location.href).href;
      const el = await render(
        withChanges({
          image: { src, alt: 'A flooded street', width: 1200, height: 675 },
          body: [{ type: 'image', src, alt: 'The new levee', width: 1200, height: 800 }],
        }),
      );
      const ratios = $$(el, 'img').map((img) => {
        const { width, height } = img.getBoundingClientRect();
        return Math.round((height / width) * 100) / 100;
      });
      expect(ratios).to.deep.equal([0.56, 0.67]);
    });

    it('renders a body given as one HTML string', async () => {
      const el = await render(withChanges({ body: '<p>One <b>string</b></p><p>Two</p>' }));
      expect($$(el, '[part="body"] p').map((p) => p.textContent)).to.deep.equal(['One string', 'Two']);
    });

    it('keeps all ten headings of a body in h1 sections, one level under the title', async () => {
      const body = ['Rain', 'Rivers', 'Levees', 'Farms', 'Towns']
        .map((name) => `<h1>${name}</h1><p>Text.</p><h2>${name} in detail</h2><p>More.</p>`)
        .join('');
      const el = await render(withChanges({ body }));
      const headings = $$(el, '[part="body"] :is(h1, h2, h3, h4, h5, h6)');
      expect(headings.map((h) => h.localName)).to.deep.equal(Array(5).fill(['h2', 'h3']).flat());
      expect(headings[0].textContent).to.equal('Rain');
      expect($$(el, 'h1').map((h) => h.textContent)).to.deep.equal([fullArticle.title]);
    });

    it('skips an unknown block with a warning and renders the rest', async () => {
      let el!: FolioArticle;
      const warnings = await captureWarnings(async () => {
        el = await render(
          withChanges({ body: [{ type: 'poll' }, { type: 'paragraph', html: 'Still here' }] }),
        );
      });
      expect($(el, '[part="body"]')!.textContent!.trim()).to.equal('Still here');
      expect(warnings.join()).to.contain('unknown block type "poll"');
    });

    it('never lets script from the input run', async () => {
      (window as unknown as Record<string, unknown>).folioPwned = false;
      // An image that fails at once, here: a host that does not resolve can take seconds to fail.
      const missing = new URL('/__folio/status/404', location.href).href;
      const el = await render(
        withChanges({
          title: '<img src=x onerror="window.folioPwned=true">',
          body: [
            {
              type: 'paragraph',
              html: `<img src="${missing}" onerror="window.folioPwned=true"><script>window.folioPwned=true</script>`,
            },
          ],
        }),
      );
      // The image is kept without its handler: once its load has failed, a handler would have run.
      const image = $(el, '[part="body"] img') as HTMLImageElement;
      if (!image.complete) await nextEvent(image, 'error');
      expect((window as unknown as Record<string, unknown>).folioPwned).to.equal(false);
      expect($(el, 'h1')!.textContent).to.equal('<img src=x onerror="window.folioPwned=true">');
      expect($(el, '[onerror], script')).to.equal(null);
    });
  });

  describe('locked article', () => {
    const locked = (changes: Record<string, unknown> = {}) =>
      withChanges({ locked: true, body: [{ type: 'paragraph', html: 'The opening lines.' }], ...changes });

    it('shows a notice in the article’s language after the body, linking to the article', async () => {
      const el = await render(locked({ lang: 'fr' }));
      const notice = $(el, '[part="locked"]')!;
      expect(notice.previousElementSibling).to.equal($(el, '[part="body"]'));
      expect(notice.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Cet article est réservé aux abonnés ou protégé par un mot de passe sur son site. Le lire sur son site',
      );
      const link = notice.querySelector('a')!;
      expect(link.href).to.equal(fullArticle.url);
      // It opens like the category and author links: in the same tab.
      expect(link.target).to.equal('');
    });

    it('takes its text from the page’s language when the article has none', async () => {
      const el = await fixture<HTMLElement>(
        html`<div lang="de"><folio-article .article=${locked({ lang: undefined })}></folio-article></div>`,
      );
      const article = el.querySelector('folio-article')!;
      await article.updateComplete;
      expect($(article, '[part="locked"] a')!.textContent).to.equal('Auf der Website lesen');
    });

    it('is reached with Tab after the body links, before the related articles', async () => {
      const box = await fixture<HTMLElement>(
        html`<div>
          <button>before</button>
          <folio-article
            hide="share"
            .article=${locked({ lang: 'ar', body: fullArticle.body })}
          ></folio-article>
        </div>`,
      );
      expect(await tabStops(box.querySelector('button')!, 6)).to.deep.equal([
        'Climate',
        'Ada Brook',
        'mayor',
        'mail link',
        'اقرأه على موقعه',
        'السابق',
      ]);
    });

    it('shows the notice without a link when the article has no URL', async () => {
      const el = await render(locked({ url: undefined }));
      expect($(el, '[part="locked"]')!.textContent!.trim()).to.equal(
        'This article is for subscribers or needs a password on its site.',
      );
      expect($(el, '[part="locked"] a')).to.equal(null);
    });

    it('shows no notice when the article is not locked', async () => {
      const el = await render(fullArticle);
      expect($(el, '[part="locked"]')).to.equal(null);
    });
  });

  describe('ad slots', () => {
    it('reserve a labelled box that shows the host’s slotted ad', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article .article=${fullArticle}><div slot="ad-mid-1" id="ad">Ad</div></folio-article>`,
      );
      const box = $(el, '[part="ad"]')!;
      expect(box.getAttribute('aria-label')).to.equal('Advertisement');
      expect(box.offsetHeight).to.be.at.least(250);
      const slot = box.querySelector('slot')!;
      expect(slot.assignedElements()).to.deep.equal([el.querySelector('#ad')]);
    });

    it('keep their height when an ad of the reserved height fills them (no layout shift)', async () => {
      const el = await render(fullArticle);
      const box = $(el, '[part="ad"]')!;
      const before = box.getBoundingClientRect().height;
      el.insertAdjacentHTML('beforeend', '<div slot="ad-mid-1" style="width: 300px; height: 250px"></div>');
      expect(box.getBoundingClientRect().height).to.equal(before);
    });

    it('fire folio-ad-visible once when they come into view', async () => {
      const seen: string[] = [];
      const twoAds = withChanges({
        body: [{ type: 'ad', id: 'mid-1' }, fullArticle.body[2], { type: 'ad', id: 'mid-2' }],
      });
      const scroller = await fixture<HTMLElement>(
        html`<div style="height: 300px; overflow: auto">
          <folio-article
            .article=${twoAds}
            @folio-ad-visible=${(e: CustomEvent) => seen.push(e.detail.id)}
          ></folio-article>
        </div>`,
      );
      const article = scroller.querySelector('folio-article')!;
      await article.updateComplete;
      const [first, second] = $$(article, '[part="ad"]');
      expect(seen).to.deep.equal([]);
      first.scrollIntoView();
      await until(() => seen.length);
      scroller.scrollTop = 0;
      await frames(2);
      first.scrollIntoView();
      await frames(2);
      // The second slot's event comes after any second report of the first would have.
      second.scrollIntoView();
      await until(() => seen.includes('mid-2'));
      expect(seen).to.deep.equal(['mid-1', 'mid-2']);
    });
  });

  describe('when moved in the DOM', () => {
    it('goes on reporting its ad slots as they come into view', async () => {
      const seen: string[] = [];
      const scrollers = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 300px; overflow: auto">
            <folio-article
              .article=${fullArticle}
              @folio-ad-visible=${(e: CustomEvent) => seen.push(e.detail.id)}
            ></folio-article>
          </div>
          <div style="height: 300px; overflow: auto"></div>
        </div>`,
      );
      const [first, second] = scrollers.children;
      const el = first.querySelector('folio-article')!;
      second.append(el);
      $(el, '[part="ad"]')!.scrollIntoView();
      await until(() => seen.length);
      expect(seen).to.deep.equal(['mid-1']);
    });

    it('follows a change of its inline JSON', async () => {
      const boxes = await fixture<HTMLElement>(
        html`<div>
          <div>
            <folio-article
              ><script type="application/json">
                { "title": "Before" }
              </script></folio-article
            >
          </div>
          <div></div>
        </div>`,
      );
      const el = boxes.querySelector('folio-article')!;
      boxes.lastElementChild!.append(el);
      el.querySelector('script')!.textContent = '{ "title": "After" }';
      await until(() => $(el, 'h1')?.textContent === 'After');
    });
  });

  describe('language and direction', () => {
    let undo: (() => void) | undefined;
    afterEach(() => {
      undo?.();
      undo = undefined;
    });

    it('follows a change of the page’s language', async () => {
      undo = setPageLang('en');
      const el = await render(withChanges({ lang: undefined }));
      const byline = () => $(el, '[part="byline"]')!.textContent!.replace(/\s+/g, ' ');
      expect(byline()).to.contain('By Ada Brook and Tom Reed');
      document.documentElement.lang = 'fr';
      await until(() => byline().includes('Par Ada Brook et Tom Reed'));
      // The content's language is unknown: it is not labelled with the UI's, and inherits the page's.
      expect($(el, 'article')!.hasAttribute('lang')).to.equal(false);
      const bar = $(el, 'folio-share-bar')!;
      await until(() => $(bar, 'ul')?.getAttribute('aria-label') === 'Partager');
    });

    it('follows a change of the nearest lang up the tree, and keeps the article’s own', async () => {
      const box = await fixture<HTMLElement>(
        html`<div lang="de">
          <folio-article .article=${withChanges({ lang: undefined })}></folio-article>
          <folio-article .article=${withChanges({ lang: 'es' })}></folio-article>
        </div>`,
      );
      const [untold, spanish] = box.querySelectorAll('folio-article');
      await Promise.all([untold.updateComplete, spanish.updateComplete]);
      box.lang = 'fr';
      await until(() => $(untold, 'time')!.textContent === '4 mars 2026');
      expect($(untold, 'article')!.hasAttribute('lang')).to.equal(false);
      expect($(spanish, 'article')!.lang).to.equal('es');
    });

    it('sets lang and a right-to-left direction for Arabic', async () => {
      const el = await render(withChanges({ lang: 'ar' }));
      const article = $(el, 'article')!;
      expect([article.lang, article.dir]).to.deep.equal(['ar', 'rtl']);
      expect(getComputedStyle(article).direction).to.equal('rtl');
    });

    it('lays out an Arabic article with no language right to left on an English page', async () => {
      const page = await fixture(
        html`<div lang="en"><folio-article .article=${arabicWithoutLang}></folio-article></div>`,
      );
      const el = page.querySelector('folio-article')!;
      await el.updateComplete;
      const text = ['h1', '[part="dek"]', '[part="body"] p', '[part="body"] h2'].map((part) => $(el, part)!);
      expect(text.map((part) => part.dir)).to.deep.equal(['auto', 'auto', 'auto', 'auto']);
      expect(text.every((part) => part.matches(':dir(rtl)'))).to.equal(true);
      const card = await until(() => $(el, 'folio-related') && $($(el, 'folio-related')!, '[part="card"]'));
      expect(card.matches(':dir(rtl)')).to.equal(true);
      // The page's language still speaks the labels, left to right; the content is not labelled English.
      expect([$(el, 'article')!.hasAttribute('lang'), $(el, 'article')!.dir]).to.deep.equal([false, 'ltr']);
    });

    it('gives text the declared direction when the article declares its language', async () => {
      const el = await render({ ...arabicWithoutLang, lang: 'en' });
      expect($(el, 'h1')!.hasAttribute('dir')).to.equal(false);
      expect($(el, 'h1')!.matches(':dir(ltr)')).to.equal(true);
      const card = await until(() => $(el, 'folio-related') && $($(el, 'folio-related')!, '[part="card"]'));
      expect(card.hasAttribute('dir')).to.equal(false);
    });

    it('counts a lang on the element as declared', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article lang="en" .article=${arabicWithoutLang}></folio-article>`,
      );
      expect($(el, 'h1')!.matches(':dir(ltr)')).to.equal(true);
    });

    it('takes the page’s language when the article has none', async () => {
      const el = await fixture<FolioArticle>(
        html`<div lang="de"><folio-article .article=${withChanges({ lang: undefined })}></folio-article></div>`,
      );
      const article = el.querySelector('folio-article')!;
      await article.updateComplete;
      expect($(article, '[part="byline"]')!.lang).to.equal('de');
      expect($(article, 'article')!.hasAttribute('lang')).to.equal(false);
    });

    it('passes over a lang that is no language tag (en_US) for the one above it', async () => {
      const el = await fixture<HTMLElement>(
        html`<div lang="fr">
          <div lang="en_US"><folio-article .article=${withChanges({ lang: undefined })}></folio-article></div>
        </div>`,
      );
      const article = el.querySelector('folio-article')!;
      await article.updateComplete;
      expect($(article, '[part="byline"]')!.lang).to.equal('fr');
      expect($(article, '[part="byline"]')!.textContent).to.contain('Par Ada Brook et Tom Reed');
    });
  });

  describe('hide', () => {
    it('leaves out the lead image and the byline', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article hide="image byline" .article=${fullArticle}></folio-article>`,
      );
      expect($(el, 'article > figure')).to.equal(null);
      expect($(el, '[part="byline"]')).to.equal(null);
      expect($(el, 'h1')).to.exist;
    });

    it('follows a change of hide', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article hide="byline" .article=${fullArticle}></folio-article>`,
      );
      el.hide = 'image  share';
      await el.updateComplete;
      expect($(el, '[part="byline"]')).to.exist;
      expect($(el, 'article > figure')).to.equal(null);
      expect($(el, 'folio-share-bar')).to.equal(null);
      el.removeAttribute('hide');
      await el.updateComplete;
      expect($(el, 'article > figure')).to.exist;
      expect($(el, 'folio-share-bar')).to.exist;
    });
  });

  describe('inputs', () => {
    it('renders inline JSON from a child script', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article>
          <script type="application/json">
            { "title": "Printed by the server" }
          </script>
        </folio-article>`,
      );
      await el.updateComplete;
      expect($(el, 'h1')!.textContent).to.equal('Printed by the server');
    });

    it('renders inline JSON that arrives after the element, as a streamed page prints it', async () => {
      const el = await fixture<FolioArticle>(html`<folio-article></folio-article>`);
      const script = Object.assign(document.createElement('script'), { type: 'application/json' });
      script.textContent = '{"title": "Streamed"}';
      el.append(script);
      await nextEvent(el, 'folio-load');
      expect($(el, 'h1')!.textContent).to.equal('Streamed');
      script.textContent = '{"title": "Corrected"}';
      await nextEvent(el, 'folio-load');
      expect($(el, 'h1')!.textContent).to.equal('Corrected');
    });

    it('does not render again while the page’s ads change their own content', async () => {
      const el = await render(fullArticle);
      let renders = 0;
      const original = el.render.bind(el);
      el.render = () => (renders++, original());
      // Observers are called in the order they were made: by the time this one is, the element's was.
      const noticed = new Promise((resolve) =>
        new MutationObserver(resolve).observe(el, { childList: true, subtree: true, characterData: true }),
      );
      const ad = Object.assign(document.createElement('div'), { slot: 'ad-mid-1' });
      el.append(ad);
      for (let i = 0; i < 5; i++) ad.append(`frame ${i}`);
      await noticed;
      await el.updateComplete;
      expect(renders).to.equal(0);
    });

    it('fetches src and fires folio-load', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article src=${served(fullArticle, 50)}></folio-article>`,
      );
      expect($(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
      const event = await nextEvent<{ article: { title: string } }>(el, 'folio-load');
      expect(event.detail.article.title).to.equal(fullArticle.title);
      expect($(el, 'h1')!.textContent).to.equal(fullArticle.title);
    });

    it('renders only the last src when src changes quickly, even if an earlier one answers first', async () => {
      const el = await fixture<FolioArticle>(html`<folio-article></folio-article>`);
      const loads: string[] = [];
      el.addEventListener('folio-load', (e) => loads.push((e as CustomEvent).detail.article.title));
      el.addEventListener('folio-error', (e) => loads.push((e as CustomEvent).detail.message));
      el.src = served({ title: 'Stale' }, 10);
      await el.updateComplete;
      el.src = served({ title: 'Middle' }, 10);
      await el.updateComplete;
      el.src = served({ title: 'Last' }, 300);
      await until(() => loads.length);
      expect(loads).to.deep.equal(['Last']);
      expect($(el, 'h1')!.textContent).to.equal('Last');
    });

    it('prefers the article property over src, after src has loaded too', async () => {
      const el = document.createElement('folio-article');
      let loaded!: () => void;
      const landed = new Promise<void>((resolve) => (loaded = resolve));
      // The fetch's answer asks for an update: only then is there something for src to win with.
      el.requestUpdate = function (this: FolioArticle, ...args: Parameters<FolioArticle['requestUpdate']>) {
        if (this.hasUpdated) loaded();
        return FolioArticle.prototype.requestUpdate.apply(this, args);
      };
      el.src = served(fullArticle);
      el.article = minimalArticle;
      const box = await fixture<HTMLElement>(html`<div></div>`);
      box.append(el);
      await landed;
      await el.updateComplete;
      expect($(el, 'h1')!.textContent).to.equal('Only a title');
    });
  });

  describe('errors', () => {
    it('shows an alert naming the field path and fires folio-error', async () => {
      const el = await fixture<FolioArticle>(html`<folio-article></folio-article>`);
      const event = nextEvent<{ message: string; path: string }>(el, 'folio-error');
      el.article = { title: 'x', body: 9 };
      const { detail } = await event;
      expect(detail).to.include({ message: 'body must be a list of blocks or an HTML string', path: 'body' });
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('This article could not be shown.');
      expect(alert.textContent).to.contain('body must be a list of blocks or an HTML string');
    });

    it('reports an HTTP error and loads again on "Try again"', async () => {
      const el = await fixture<FolioArticle>(html`<folio-article src="/__folio/status/404"></folio-article>`);
      const event = await nextEvent<{ message: string }>(el, 'folio-error');
      expect(event.detail.message).to.contain('the server answered 404');
      const retry = $(el, '[part="retry"]') as HTMLButtonElement;
      expect(retry.textContent).to.equal('Try again');
      retry.click();
      await el.updateComplete;
      expect($(el, '[part="loading"]')).to.exist;
      await nextEvent(el, 'folio-error');
    });

    it('reports a body that is not JSON', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article src="/test/fixtures/articles.ts"></folio-article>`,
      );
      const event = await nextEvent<{ message: string }>(el, 'folio-error');
      expect(event.detail.message).to.match(
        /the response is not valid JSON \(expected .+ at line 1, column \d+\)/,
      );
    });

    it('reports invalid inline JSON with the line and column of the fault', async () => {
      const script = Object.assign(document.createElement('script'), {
        type: 'application/json',
        textContent: '{\n  "title": "A",\n  "dek": "B"\n  "url": "https://news.example/a"\n}',
      });
      const el = await fixture<FolioArticle>(html`<folio-article>${script}</folio-article>`);
      // The position comes from a scanner loaded when a parse fails.
      const alert = await until(() => $(el, '[role="alert"]'));
      expect(alert.textContent).to.contain(
        "The inline <script type=\"application/json\"> is not valid JSON: expected ',' or '}' at line 4, column 3.",
      );
    });

    it('keeps other articles on the page working', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <folio-article .article=${{ dek: 'No title' }}></folio-article>
          <folio-article .article=${minimalArticle}></folio-article>
        </div>`,
      );
      const [bad, good] = el.querySelectorAll('folio-article');
      await Promise.all([bad.updateComplete, good.updateComplete]);
      expect($(bad, '[role="alert"]')).to.exist;
      expect($(good, 'h1')!.textContent).to.equal('Only a title');
    });
  });

  describe('keyboard', () => {
    it('reaches the category, the author, the share bar, the body links and the related articles with Tab, in reading order', async () => {
      const box = await fixture<HTMLElement>(
        html`<div>
          <button>before</button>
          <folio-article .article=${fullArticle}></folio-article>
          <button>after</button>
        </div>`,
      );
      expect(await tabStops(box.querySelector('button')!, 13)).to.deep.equal([
        'Climate',
        'Ada Brook',
        'Share on Facebook',
        'Share on X',
        'Share on Reddit',
        'Share on Pinterest',
        'Share by email',
        'mayor',
        'mail link',
        'Previous',
        'Next',
        'A related summary.',
        'after',
      ]);
    });
  });

  describe('definition', () => {
    it('does not throw when the tag is defined again', () => {
      expect(() => FolioArticle.define('folio-article')).not.to.throw();
    });
  });

  describe('accessibility', () => {
    it('is accessible with a full article', async () => {
      const el = await render(fullArticle);
      await expect(el).to.be.accessible();
    });

    it('is accessible with a locked article and its notice, left to right and right to left', async () => {
      for (const lang of ['fr', 'ar']) {
        const el = await render(withChanges({ locked: true, body: [], lang }));
        expect($(el, '[part="locked"] a')).to.exist;
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible showing an error', async () => {
      const el = await render({ title: 42 });
      await expect(el).to.be.accessible();
    });

    it('is accessible in its dark scheme', async () => {
      const el = await render(fullArticle);
      const light = getComputedStyle($(el, 'h1')!).color;
      inDarkScheme(el);
      expect(getComputedStyle($(el, 'h1')!).color).not.to.equal(light);
      await expect(el).to.be.accessible();
    });
  });
});
