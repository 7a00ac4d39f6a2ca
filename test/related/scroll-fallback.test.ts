/**
 * Browsers without `scrollend` (Safari before 26): <folio-related> chooses its fallback, a `scroll`
 * listener debounced by SETTLE_MS, when its module loads, so these tests load the drop-in bundle
 * in a page of its own where `scrollend` does not exist (pages/no-scrollend.js).
 */
import { expect } from '@open-wc/testing';
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

    // When each scroll event came, and when the carousel changed what it shows.
    const scrolls: number[] = [];
    const changes: number[] = [];
    track(el).addEventListener('scroll', () => scrolls.push(performance.now()));
    new MutationObserver(() => changes.push(performance.now())).observe(shadow(el), {
      subtree: true,
      attributeFilter: ['aria-disabled', 'inert'],
    });

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
