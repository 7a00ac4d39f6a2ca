/** Helpers shared by the share bar's tests. */
import { $$ } from '../helpers.js';

/** The networks a share bar shows, in order: the `data-network` of each of its buttons and links. */
export const shownNetworks = (bar: Element) => $$(bar, '[part~="button"]').map((b) => b.dataset.network);
