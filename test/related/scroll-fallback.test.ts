/**
 * Browsers without `scrollend` (Safari before 26): <folio-related> chooses its fallback, a `scroll`
 * listener debounced by SETTLE_MS, when its module loads. Engines with `scrollend` load the drop-in
 * bundle in a page of its own where it does not exist (pages/no-scrollend.js); WebKit has none, so
 * there the element in the test page itself runs on the fallback.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/related/define.js';
import type { FolioRelated } from '../../src/related/folio-related.js';
import { nextEvent, shadow, until } from '../helpers.js';
import { BUNDLE, closePage, openPage } from '../safety/pages/open.js';
import { button, cards, positions, reachable, track } from './carousel.js';
import { summaryItems } from './fixtures.js';

/** The element's pause in `scroll` events that counts as the end of scrolling. */
const SETTLE_MS = 150;

const labels = positions(8);
const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);

/** Opens the page without `scrollend`, with 8 cards in a box that shows two, and waits until they are measured. */
async function openCarousel() {
  const { page, document, probe } = await openPage({
    body: '<div style="width: 600px"><folio-related id="related"></folio-related></div>',
    scripts: ['/test/related/pages/no-scrollend.js', BUNDLE, '/test/safety/pages/done.js'],
  });
  expect(probe.errors, 'errors').to.deep.equal([]);
  const el = document.getElementById('related') as FolioRelated;
  el.items = summaryItems(8);
  await until(() => same(reachable(el), labels(1, 2)));
  return { page: page as typeof page & { droppedListeners: string[] }, el };
}

/** When each scroll event of the track came, and when the carousel changed what it shows. */
function timeline(el: Element) {
  const scrolls: number[] = [];
  const changes: number[] = [];
  track(el).addEventListener('scroll', () => scrolls.push(performance.now()));
  new MutationObserver(() => changes.push(performance.now())).observe(shadow(el), {
    subtree: true,
    attributeFilter: ['aria-disabled', 'inert'],
  });
  return { scrolls, changes };
}

/** Where the track shows card `index` (from 0) first. */
function offsetOf(el: Element, index: number): number {
  const [first, second] = cards(el).map((card) => card.getBoundingClientRect().left);
  return index * (second - first);
}

describe('<folio-related> in a browser without scrollend', () => {
  afterEach(closePage);

  it('loads on the scroll fallback: the page has no scrollend, and scrollend listeners never arrive', async () => {
    const { page, el } = await openCarousel();
    expect('onscrollend' in page, 'onscrollend in window').to.equal(false);
    expect('onscrollend' in page.document, 'onscrollend in document').to.equal(false);
    expect('onscrollend' in el, 'onscrollend in an element').to.equal(false);
    // The element still binds @scrollend; that listener is the one the page dropped.
    expect(page.droppedListeners).to.include('scrollend');
  });

  it('follows the track when a reader scrolls it by hand, once the scrolling settles', async () => {
    const { el } = await openCarousel();
    expect(button(el, 'prev').ariaDisabled).to.equal('true');

    const { scrolls, changes } = timeline(el);

    const scrolled = nextEvent(track(el), 'scroll');
    track(el).scrollTo({ left: offsetOf(el, 2), behavior: 'instant' });
    await scrolled;
    // Nothing is measured while scroll events come: the 150 ms timer cannot fire before this.
    await el.updateComplete;
    expect(reachable(el), 'during the scroll').to.deep.equal(labels(1, 2));
    expect(button(el, 'prev').ariaDisabled, 'during the scroll').to.equal('true');
    expect(changes, 'changes during the scroll').to.deep.equal([]);

    await until(() => same(reachable(el), labels(3, 4)));
    expect(button(el, 'prev').ariaDisabled).to.equal('false');
    expect(button(el, 'next').ariaDisabled).to.equal('false');
    expect(cards(el).map((card) => card.inert)).to.deep.equal([
      true,
      true,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    // The change came a pause after the last scroll event, not with it (timers may fire a little early).
    const lastScroll = Math.max(...scrolls.filter((time) => time <= changes[0]));
    expect(changes[0] - lastScroll).to.be.at.least(SETTLE_MS - 20);
  });

  it('ends on the right page after a smooth scroll, with its many scroll events, to the last cards', async () => {
    const { el } = await openCarousel();
    track(el).scrollTo({ left: track(el).scrollWidth, behavior: 'smooth' });
    await until(() => same(reachable(el), labels(7, 8)));
    expect(button(el, 'next').ariaDisabled).to.equal('true');
    expect(button(el, 'prev').ariaDisabled).to.equal('false');
  });
});

describe('<folio-related> in an engine without scrollend (WebKit)', () => {
  before(function () {
    // Only an engine without its own scrollend runs the fallback in the test page.
    if ('onscrollend' in window) this.skip();
  });

  it('scrolls smoothly, measuring only once the scroll events pause; then the cards in view are reachable, the rest inert', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 600px"><folio-related .items=${summaryItems(8)}></folio-related></div>`,
    );
    const el = box.querySelector<FolioRelated>('folio-related')!;
    await until(() => same(reachable(el), labels(1, 2)));
    expect(getComputedStyle(track(el)).scrollBehavior).to.equal('smooth');

    const { scrolls, changes } = timeline(el);
    const quiet = () => scrolls.length > 0 && performance.now() - scrolls.at(-1)! > 2 * SETTLE_MS;

    // Next moves to the next page at once, then scrolls there smoothly: many scroll events.
    button(el, 'next').click();
    await el.updateComplete;
    expect(reachable(el), 'at the click').to.deep.equal(labels(3, 4));
    await until(quiet);
    // A busy machine may deliver a smooth scroll in one or two frames: the pause is what is tested.
    expect(scrolls, 'scroll events of one smooth scroll').to.not.be.empty;
    expect(track(el).scrollLeft).to.be.closeTo(offsetOf(el, 2), 1);
    expect(reachable(el), 'once settled').to.deep.equal(labels(3, 4));

    // A smooth scroll by hand is measured a pause after its last scroll event, not before.
    scrolls.length = changes.length = 0;
    track(el).scrollTo({ left: offsetOf(el, 6), behavior: 'smooth' });
    await until(() => same(reachable(el), labels(7, 8)));
    expect(scrolls, 'scroll events of one smooth scroll').to.not.be.empty;
    const lastScroll = Math.max(...scrolls.filter((time) => time <= changes[0]));
    expect(changes[0] - lastScroll, 'pause before measuring').to.be.at.least(SETTLE_MS - 20);
    expect(cards(el).map((card) => card.inert)).to.deep.equal([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect([button(el, 'prev').ariaDisabled, button(el, 'next').ariaDisabled]).to.deep.equal([
      'false',
      'true',
    ]);
    await expect(el).to.be.accessible();
  });
});
