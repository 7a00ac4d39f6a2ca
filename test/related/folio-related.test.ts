import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/related/define.js';
import type { FolioRelated } from '../../src/related/folio-related.js';
import { $, $$, inDarkScheme, nextEvent, runner, served, setPageLang, shadow, until } from '../helpers.js';
import { button, cards, positions, reachable, track } from './carousel.js';
import { richItems, summaryItems } from './fixtures.js';

const labels = positions(20);

/** True when `card` lies wholly inside the track's visible box. */
function inView(el: Element, card: Element): boolean {
  const outer = track(el).getBoundingClientRect();
  const inner = card.getBoundingClientRect();
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until scrolling is over: for three frames in a row, the reachable cards are exactly the ones
 * in view (one frame can match while a new smooth scroll is only starting).
 */
async function settled(el: FolioRelated): Promise<void> {
  const matches = () => {
    const all = cards(el);
    return all.length > 0 && all.every((card) => card.inert !== inView(el, card));
  };
  for (let inARow = 0; inARow < 3;) {
    await el.updateComplete;
    await frame();
    inARow = matches() ? inARow + 1 : 0;
  }
}

/** The focused element inside the carousel's shadow root. */
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;

/** Renders `<folio-related>` in a box `width` pixels wide, inside an element with `lang`/`dir`. */
async function render(items: unknown, { width = 600, lang = 'en', dir = '' } = {}) {
  const box = await fixture<HTMLElement>(
    html`<div style="width: ${width}px" lang=${lang} dir=${ifDefined(dir || undefined)}>
      <button id="before">before</button>
      <folio-related .items=${items}></folio-related>
      <button id="after">after</button>
    </div>`,
  );
  const el = box.querySelector('folio-related')!;
  await el.updateComplete;
  if (cards(el).length) await settled(el);
  return el;
}

describe('<folio-related>', () => {
  describe('when items have a title and an image', () => {
    it('shows the image, category, linked title, summary and date on each card', async () => {
      const el = await render(richItems);
      const [first, second, third] = cards(el);
      const image = first.querySelector<HTMLImageElement>('[part="image"]')!;
      expect([
        image.alt,
        image.loading,
        image.getAttribute('width'),
        image.getAttribute('height'),
      ]).to.deep.equal(['A train at dusk', 'lazy', '320', '180']);
      expect(first.querySelector('[part="category"]')!.textContent).to.equal('Travel');
      const link = first.querySelector<HTMLAnchorElement>('h3[part="title"] a')!;
      expect([link.textContent, link.href]).to.deep.equal([
        'Night trains return',
        'https://news.example/trains',
      ]);
      expect(first.querySelector('[part="summary"]')!.textContent).to.equal(
        'Sleeper services are back on three routes.',
      );
      const time = first.querySelector('time')!;
      expect([time.dateTime, time.textContent]).to.deep.equal(['2026-03-01', 'March 1, 2026']);
      expect(second.querySelector<HTMLAnchorElement>('a')!.href).to.equal(`${location.origin}/ferries`);
      expect(third.querySelector('[part="image"], [part="category"], [part="summary"], time')).to.equal(null);
    });

    it('reserves each image’s box before it loads, so nothing shifts', async () => {
      const el = await render(richItems);
      for (const image of $$(el, '[part="image"]')) {
        expect(image.getAttribute('width')).to.exist;
        expect(image.getAttribute('height')).to.exist;
        const { width, height } = image.getBoundingClientRect();
        expect(height).to.be.closeTo((width * 9) / 16, 1);
      }
    });

    it('makes the whole card one link named by its title', async () => {
      const el = await render(richItems);
      const card = cards(el)[0];
      const link = card.querySelector('a')!;
      const box = card.getBoundingClientRect();
      const hit = shadow(el).elementFromPoint(box.left + 10, box.bottom - 10);
      expect(hit).to.equal(link);
      expect(card.querySelectorAll('a, button')).to.have.length(1);
    });
  });

  describe('when items have only a category, a summary and a date', () => {
    it('shows the summary as the linked headline, once', async () => {
      const el = await render(summaryItems(3));
      const card = cards(el)[0];
      expect(card.querySelector('h3 a')!.textContent).to.equal(summaryItems(1)[0].summary);
      expect(card.querySelector('[part="summary"]')).to.equal(null);
      expect(card.querySelector('[part="category"]')!.textContent).to.equal('World');
      expect(card.querySelector('time')!.dateTime).to.equal('2026-02-01');
    });
  });

  describe('dates', () => {
    it('show the day the publisher wrote, whatever the reader’s time zone', async () => {
      const el = await render([{ ...summaryItems(1)[0], published: '2016-01-01T00:30:00+09:00' }]);
      expect(cards(el)[0].querySelector('time')!.textContent).to.equal('January 1, 2016');
    });
  });

  describe('when there are no items', () => {
    it('renders nothing at all', async () => {
      const el = await render([]);
      expect(shadow(el).children).to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('the carousel pattern', () => {
    it('is a region named by its heading, with slides labelled "N of M"', async () => {
      const el = await render(summaryItems(20));
      const region = $(el, 'section')!;
      expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
      expect($(el, `#${region.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Related Articles');
      expect(
        cards(el).map((card) => [card.getAttribute('role'), card.getAttribute('aria-roledescription')])[5],
      ).to.deep.equal(['group', 'slide']);
      expect(
        cards(el)
          .map((card) => card.ariaLabel)
          .slice(0, 2),
      ).to.deep.equal(labels(1, 2));
    });

    it('uses the label attribute as the heading', async () => {
      const el = await render(richItems);
      el.label = 'More from Travel';
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('More from Travel');
    });
  });

  describe('cards per view', () => {
    for (const [width, count] of [
      [320, 1],
      [600, 2],
      [800, 3],
      [1100, 4],
    ]) {
      it(`fits ${count} card(s) in ${width} px and makes only those reachable`, async () => {
        const el = await render(summaryItems(20), { width });
        expect(reachable(el)).to.deep.equal(labels(...Array.from({ length: count }, (_, i) => i + 1)));
        expect(cards(el).filter((card) => inView(el, card))).to.have.length(count);
      });
    }

    it('adapts when the element is resized', async () => {
      const el = await render(summaryItems(20), { width: 320 });
      el.parentElement!.style.width = '800px';
      await settled(el);
      expect(reachable(el)).to.deep.equal(labels(1, 2, 3));
    });
  });

  describe('when moved in the DOM', () => {
    it('measures again in its new place', async () => {
      const el = await render(summaryItems(20), { width: 320 });
      expect(reachable(el)).to.deep.equal(labels(1));
      const wide = Object.assign(document.createElement('div'), { style: 'width: 800px' });
      el.parentElement!.after(wide);
      wide.append(el);
      await until(() => reachable(el).length === 3);
      expect(reachable(el)).to.deep.equal(labels(1, 2, 3));
    });

    it('lets go of its ResizeObserver while out of the page', async () => {
      const watched = new Map<ResizeObserver, Set<Element>>();
      const Original = window.ResizeObserver;
      window.ResizeObserver = class extends Original {
        override observe(target: Element, options?: ResizeObserverOptions) {
          watched.set(this, (watched.get(this) ?? new Set()).add(target));
          super.observe(target, options);
        }
        override unobserve(target: Element) {
          watched.get(this)?.delete(target);
          super.unobserve(target);
        }
        override disconnect() {
          watched.delete(this);
          super.disconnect();
        }
      };
      const count = () => [...watched.values()].reduce((sum, targets) => sum + targets.size, 0);
      try {
        const el = await render(richItems);
        const box = el.parentElement!;
        expect(count()).to.equal(1);
        el.remove();
        expect(count()).to.equal(0);
        box.append(el);
        expect(count()).to.equal(1);
      } finally {
        window.ResizeObserver = Original;
      }
    });
  });

  describe('previous and next buttons', () => {
    it('have names, control the track, and previous is disabled at the start', async () => {
      const el = await render(summaryItems(20));
      const [prev, next] = [button(el, 'prev'), button(el, 'next')];
      expect([prev.ariaLabel, next.ariaLabel]).to.deep.equal(['Previous', 'Next']);
      expect(prev.getAttribute('aria-controls')).to.equal(track(el).id);
      expect([prev.ariaDisabled, next.ariaDisabled]).to.deep.equal(['true', 'false']);
    });

    it('scroll by one page, and next is disabled at the end', async () => {
      const el = await render(summaryItems(5));
      button(el, 'next').click();
      await settled(el);
      expect(reachable(el)).to.deep.equal(['3 of 5', '4 of 5']);
      expect(button(el, 'prev').ariaDisabled).to.equal('false');
      button(el, 'next').click();
      await settled(el);
      expect(reachable(el)).to.deep.equal(['4 of 5', '5 of 5']);
      expect(button(el, 'next').ariaDisabled).to.equal('true');
      button(el, 'next').click();
      await el.updateComplete;
      expect(reachable(el)).to.deep.equal(['4 of 5', '5 of 5']);
      button(el, 'prev').click();
      await settled(el);
      expect(reachable(el)).to.deep.equal(['2 of 5', '3 of 5']);
    });

    it('keep focus when they reach the end', async () => {
      const el = await render(summaryItems(3));
      const next = button(el, 'next');
      next.focus();
      next.click();
      await settled(el);
      expect(next.ariaDisabled).to.equal('true');
      expect(focused(el)).to.equal(next);
    });

    it('are both disabled when every card fits', async () => {
      const el = await render(richItems, { width: 800 });
      expect([button(el, 'prev').ariaDisabled, button(el, 'next').ariaDisabled]).to.deep.equal([
        'true',
        'true',
      ]);
    });

    it('follow the track when it is scrolled by touch or trackpad', async () => {
      const el = await render(summaryItems(20));
      track(el).scrollTo({ left: track(el).scrollWidth, behavior: 'instant' });
      await settled(el);
      expect(reachable(el)).to.deep.equal(labels(19, 20));
      expect(button(el, 'next').ariaDisabled).to.equal('true');
    });
  });

  describe('reachable cards in a long list', () => {
    /** How many times a card's `inert` is set, removed or toggled while `run` runs, changed or not. */
    async function inertWrites(run: () => Promise<unknown>) {
      const proto = Element.prototype;
      const originals = {
        setAttribute: proto.setAttribute,
        removeAttribute: proto.removeAttribute,
        toggleAttribute: proto.toggleAttribute,
      };
      let writes = 0;
      for (const [name, original] of Object.entries(originals)) {
        (proto as unknown as Record<string, unknown>)[name] = function (
          this: Element,
          attribute: string,
          ...rest: unknown[]
        ) {
          if (attribute === 'inert' && this.matches('[part="card"]')) writes++;
          return (original as (...args: unknown[]) => unknown).call(this, attribute, ...rest);
        };
      }
      try {
        await run();
      } finally {
        Object.assign(proto, originals);
      }
      return writes;
    }

    it('marks only the cards that enter or leave the page', async () => {
      const el = await render(summaryItems(1000));
      const count = await inertWrites(async () => {
        button(el, 'next').click();
        await settled(el);
      });
      expect(reachable(el)).to.deep.equal(['3 of 1,000', '4 of 1,000']);
      expect(count).to.equal(4);
    });

    it('touches no card in an update that moves nothing', async () => {
      const el = await render(summaryItems(1000));
      const count = await inertWrites(async () => {
        el.label = 'More stories';
        await el.updateComplete;
        el.setAttribute('lang', 'fr');
        await el.updateComplete;
      });
      expect(count).to.equal(0);
      expect(reachable(el)).to.deep.equal(['1 sur 1\u202f000', '2 sur 1\u202f000']);
    });

    it('marks a new list of items from its first card', async () => {
      const el = await render(summaryItems(1000));
      button(el, 'next').click();
      await settled(el);
      el.items = summaryItems(30);
      await el.updateComplete;
      await settled(el);
      expect(reachable(el)).to.deep.equal(['1 of 30', '2 of 30']);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the buttons and the visible cards’ links, then leaves', async () => {
      const el = await render(summaryItems(20));
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement === el ? focused(el)! : (document.activeElement as HTMLElement);
        stops.push(active.ariaLabel ?? active.closest<HTMLElement>('[part="card"]')?.ariaLabel ?? active.id);
      }
      expect(stops).to.deep.equal(['Previous', 'Next', '1 of 20', '2 of 20', 'after']);
    });

    it('arrow keys, Home and End move focus between cards, scrolling them into view', async () => {
      const el = await render(summaryItems(20));
      const focusedCard = () => focused(el)?.closest<HTMLElement>('[part="card"]');
      cards(el)[0].querySelector('a')!.focus();
      for (const [key, label] of [
        ['ArrowRight', '2 of 20'],
        ['ArrowRight', '3 of 20'],
        ['End', '20 of 20'],
        ['ArrowRight', '20 of 20'],
        ['ArrowLeft', '19 of 20'],
        ['Home', '1 of 20'],
        ['ArrowLeft', '1 of 20'],
      ]) {
        await sendKeys({ press: key });
        expect(focusedCard()?.ariaLabel, key).to.equal(label);
        expect(focusedCard()!.inert).to.equal(false);
        await settled(el);
        expect(inView(el, focusedCard()!), `${key} → ${label} in view`).to.equal(true);
      }
    });

    it('never leaves focus in a card that scrolls out of view', async () => {
      const el = await render(summaryItems(20));
      cards(el)[0].querySelector('a')!.focus();
      track(el).scrollTo({ left: track(el).scrollWidth, behavior: 'instant' });
      await settled(el);
      const card = focused(el)?.closest<HTMLElement>('[part="card"]');
      expect(card ? !card.inert && inView(el, card) : true).to.equal(true);
    });

    it('leaves keys alone when focus is not on a card', async () => {
      const el = await render(summaryItems(20));
      button(el, 'next').focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal(button(el, 'next'));
      expect(reachable(el)).to.deep.equal(labels(1, 2));
    });
  });

  describe('right to left', () => {
    it('takes the direction from an Arabic lang, with Arabic strings and mirrored keys', async () => {
      const el = await render(summaryItems(20), { lang: 'ar' });
      const region = $(el, 'section')!;
      expect([region.dir, getComputedStyle(track(el)).direction]).to.deep.equal(['rtl', 'rtl']);
      expect([button(el, 'prev').ariaLabel, button(el, 'next').ariaLabel]).to.deep.equal([
        'السابق',
        'التالي',
      ]);
      // In Arabic-Indic or Latin digits, as the engine's locale data has it (WebKit: ١ من ٢٠).
      const number = new Intl.NumberFormat('ar');
      expect(cards(el)[0].ariaLabel).to.equal(`${number.format(1)} من ${number.format(20)}`);
      const [first, second] = cards(el).map((card) => card.getBoundingClientRect());
      expect(second.right).to.be.below(first.left + 1);
      cards(el)[0].querySelector('a')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)!.closest<HTMLElement>('[part="card"]')!.dataset.index).to.equal('1');
    });

    it('scrolls toward the left when next is pressed', async () => {
      const el = await render(summaryItems(20), { lang: 'ar' });
      button(el, 'next').click();
      await settled(el);
      expect(track(el).scrollLeft).to.be.below(0);
      expect(cards(el)[2].inert).to.equal(false);
    });

    it('lays out a card in no declared language by its text: an Arabic title on an English page', async () => {
      const el = await render([{ url: 'https://news.example/a', title: 'السدود الجديدة' }]);
      expect(cards(el)[0].matches(':dir(rtl)')).to.equal(true);
    });

    it('gives cards the direction of a lang declared on the element', async () => {
      const el = await fixture<FolioRelated>(
        html`<folio-related
          lang="en"
          .items=${[{ url: 'https://news.example/a', title: 'السدود الجديدة' }]}
        ></folio-related>`,
      );
      expect(cards(el)[0].matches(':dir(ltr)')).to.equal(true);
    });

    it('follows a right-to-left page even when the language is not an RTL one', async () => {
      const el = await render(richItems, { dir: 'rtl' });
      expect($(el, 'section')!.dir).to.equal('rtl');
    });
  });

  describe('motion', () => {
    it('scrolls smoothly, unless the reader prefers reduced motion', async function () {
      if (!runner.emulatesMedia) this.skip();
      try {
        const el = await render(summaryItems(20));
        expect(getComputedStyle(track(el)).scrollBehavior).to.equal('smooth');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(track(el)).scrollBehavior).to.equal('auto');
        button(el, 'next').click();
        // Without smooth scrolling the page is there at once.
        await frame();
        expect(inView(el, cards(el)[2])).to.equal(true);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('folio-navigate', () => {
    /** Clicks the first card's link; returns whether the click's default action was cancelled. */
    async function clickFirst(el: FolioRelated, init: MouseEventInit = {}): Promise<boolean> {
      let prevented = false;
      const stop = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault(); // the test page itself must not navigate
      };
      window.addEventListener('click', stop, { once: true });
      cards(el)[0]
        .querySelector('a')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }));
      return prevented;
    }

    it('fires { url, item } when a card is chosen, and the link still navigates', async () => {
      const el = await render(richItems);
      const event = nextEvent<{ url: string; item: { title: string } }>(el, 'folio-navigate');
      expect(await clickFirst(el)).to.equal(false);
      const { detail } = await event;
      expect(detail.url).to.equal('https://news.example/trains');
      expect(detail.item.title).to.equal('Night trains return');
    });

    it('does not follow the link when the host cancels the event', async () => {
      const el = await render(richItems);
      el.addEventListener('folio-navigate', (event) => event.preventDefault());
      expect(await clickFirst(el)).to.equal(true);
    });

    it('leaves clicks that open a new tab to the browser', async () => {
      const el = await render(richItems);
      let fired = false;
      el.addEventListener('folio-navigate', (event) => {
        fired = true;
        event.preventDefault();
      });
      expect(await clickFirst(el, { ctrlKey: true })).to.equal(false);
      expect(await clickFirst(el, { metaKey: true })).to.equal(false);
      expect(fired).to.equal(false);
    });
  });

  describe('src', () => {
    it('loads an array of items, resolving relative links against src', async () => {
      const el = await fixture<FolioRelated>(
        html`<folio-related src=${served([{ url: 'ferries', title: 'Ferries' }], 50)}></folio-related>`,
      );
      expect($(el, '[part="loading"]')!.textContent).to.equal('Loading related articles…');
      await until(() => cards(el).length);
      expect(cards(el)[0].querySelector('a')!.href).to.equal(`${location.origin}/__folio/ferries`);
    });

    it('loads a Folio article and shows its related items', async () => {
      const article = {
        title: 'An article',
        url: 'https://news.example/world/story',
        body: [{ type: 'heading', text: 'Not even checked', level: 9 }],
        related: [{ url: 'other', summary: 'Another story.', category: 'World' }],
      };
      const src = served(article);
      const el = await fixture<FolioRelated>(html`<folio-related src=${src}></folio-related>`);
      await until(() => cards(el).length);
      // Relative to the document's own address, the src, before the url it names.
      expect(cards(el)[0].querySelector('a')!.href).to.equal(new URL('other', new URL(src, location.href)).href);
    });

    it('loads a JSON Feed, mapping its items', async () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'A blog',
        home_page_url: 'https://blog.example/',
        items: [
          {
            id: '1',
            url: 'https://blog.example/one',
            title: 'One',
            summary: 'The first post.',
            image: 'https://blog.example/one.png',
            date_published: '2026-01-02T10:00:00Z',
            tags: ['Tech', 'Web'],
            content_html: '<p>Body</p>',
          },
          { id: '2', url: '/two', content_text: 'A short note without a title.' },
        ],
      };
      const el = await fixture<FolioRelated>(html`<folio-related src=${served(feed)}></folio-related>`);
      await until(() => cards(el).length);
      const [one, two] = cards(el);
      expect(one.querySelector('a')!.textContent).to.equal('One');
      expect(one.querySelector('[part="summary"]')!.textContent).to.equal('The first post.');
      expect(one.querySelector('[part="category"]')!.textContent).to.equal('Tech');
      expect(one.querySelector<HTMLImageElement>('[part="image"]')!.src).to.equal(
        'https://blog.example/one.png',
      );
      expect(one.querySelector('time')!.dateTime).to.equal('2026-01-02T10:00:00Z');
      const link = two.querySelector('a')!;
      expect([link.textContent, link.href]).to.deep.equal([
        'A short note without a title.',
        new URL('/two', location.href).href,
      ]);
    });

    it('reports a document of another shape', async () => {
      const el = await fixture<FolioRelated>(
        html`<folio-related src=${served({ nope: true })}></folio-related>`,
      );
      const { detail } = await nextEvent<{ message: string }>(el, 'folio-error');
      expect(detail.message).to.equal(
        'response must be an array of related items, a Folio article or a JSON Feed',
      );
      expect($(el, '[role="alert"]')!.textContent).to.contain('Related articles could not be shown.');
    });

    it('reports an HTTP error and loads again on "Try again"', async () => {
      const el = await fixture<FolioRelated>(html`<folio-related src="/__folio/status/500"></folio-related>`);
      const event = await nextEvent<{ message: string }>(el, 'folio-error');
      expect(event.detail.message).to.contain('the server answered 500');
      $(el, '[part="retry"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="loading"]')).to.exist;
      await nextEvent(el, 'folio-error');
    });

    it('shows "Try again" as a button with its whole text, not as a round carousel button', async () => {
      const el = await fixture<FolioRelated>(html`<folio-related src="/__folio/status/500"></folio-related>`);
      await nextEvent(el, 'folio-error');
      await el.updateComplete;
      const retry = $(el, '[part="retry"]')!;
      const { width, height } = retry.getBoundingClientRect();
      expect(retry.textContent).to.equal('Try again');
      expect(width).to.be.greaterThan(height);
      expect(retry.scrollWidth).to.be.at.most(retry.clientWidth);
    });

    it('starts again at the first card when new items arrive', async () => {
      const el = await render(summaryItems(20));
      button(el, 'next').click();
      await settled(el);
      el.items = summaryItems(6);
      await el.updateComplete;
      await settled(el);
      expect(reachable(el)).to.deep.equal(['1 of 6', '2 of 6']);
      expect(track(el).scrollLeft).to.equal(0);
    });
  });

  describe('invalid items', () => {
    it('shows an alert naming the field and fires folio-error', async () => {
      const el = await fixture<FolioRelated>(html`<folio-related></folio-related>`);
      const event = nextEvent<{ message: string; path: string }>(el, 'folio-error');
      el.items = [{ url: '/a' }, { title: 'No link' }] as never;
      const { detail } = await event;
      expect(detail).to.include({ message: 'items has no item Folio can show', path: 'items' });
      expect($(el, '[role="alert"]')!.textContent).to.contain('items has no item Folio can show');
    });

    it('drops an item whose link is not http(s)', async () => {
      const el = await render([
        { url: 'javascript:alert(1)', title: 'Bad' },
        { url: 'https://news.example/good', title: 'Good' },
      ]);
      expect(cards(el).map((card) => card.querySelector('a')!.textContent)).to.deep.equal(['Good']);
    });
  });

  describe('languages', () => {
    it('speaks French, with dates and numbers in French', async () => {
      const el = await render(summaryItems(1000), { lang: 'fr' });
      expect($(el, 'h2')!.textContent).to.equal('Articles liés');
      expect(button(el, 'next').ariaLabel).to.equal('Suivant');
      expect(cards(el)[999].ariaLabel).to.equal('1\u202f000 sur 1\u202f000');
      expect(cards(el)[0].querySelector('time')!.textContent).to.equal('1 février 2026');
    });

    it('follows a change of the nearest ancestor’s lang', async () => {
      const el = await render(richItems, { lang: 'en' });
      el.parentElement!.lang = 'fr';
      await until(() => $(el, 'h2')!.textContent === 'Articles liés');
      expect(cards(el)[0].ariaLabel).to.equal('1 sur 3');
    });

    it('follows a change of the page’s language and direction', async () => {
      const undo = setPageLang('en');
      try {
        const el = await fixture<FolioRelated>(html`<folio-related .items=${richItems}></folio-related>`);
        expect($(el, 'h2')!.textContent).to.equal('Related Articles');
        document.documentElement.lang = 'ar';
        await until(() => $(el, 'h2')!.textContent === 'مقالات ذات صلة');
        expect($(el, 'section')!.dir).to.equal('rtl');
      } finally {
        undo();
      }
    });

    it('follows a change of its own lang, with the same items', async () => {
      const el = await render(richItems);
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('Articles liés');
      expect(cards(el)[0].ariaLabel).to.equal('1 sur 3');
    });
  });

  describe('accessibility', () => {
    for (const count of [0, 1, 20, 1000]) {
      it(`is accessible with ${count} item(s)`, async function () {
        this.timeout(60000); // axe-core reads every one of the 1,000 cards: seconds, more on a busy machine
        const el = await render(summaryItems(count));
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible with titled cards and images, in Arabic', async () => {
      const el = await render(richItems, { lang: 'ar' });
      await expect(el).to.be.accessible();
    });

    it('is accessible showing an error', async () => {
      const el = await render([{ url: 42 }]);
      await expect(el).to.be.accessible();
    });

    it('is accessible in its dark scheme, with titled cards and images', async () => {
      const el = await render(richItems);
      inDarkScheme(el);
      await expect(el).to.be.accessible();
    });
  });
});
