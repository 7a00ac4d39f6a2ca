/** What a reader of a <folio-related> sees: its cards, track and buttons, and which cards they can reach. */
import { $, $$ } from '../helpers.js';

export const cards = (el: Element) => $$(el, '[part="card"]');
export const track = (el: Element) => $(el, '[part="track"]')!;
export const button = (el: Element, which: 'prev' | 'next') => $(el, `[part="${which}-button"]`)!;

/** The "N of M" labels of the cards a reader can reach. */
export const reachable = (el: Element) =>
  cards(el)
    .filter((card) => !card.inert)
    .map((card) => card.ariaLabel);

/** The labels cards `numbers` carry in a carousel of `total`: `positions(20)(3, 4)` is "3 of 20", "4 of 20". */
export const positions =
  (total: number) =>
  (...numbers: number[]) =>
    numbers.map((n) => `${n} of ${total}`);
