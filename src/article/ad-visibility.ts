/** Fires `folio-ad-visible` once per ad slot of an article, the first time the slot scrolls into view. */
import type { ReactiveController, ReactiveElement } from 'lit';
import { emit } from '../internal/events.js';

/** `folio-ad-visible` detail: the `id` of the ad block whose slot first scrolled into view. */
export interface FolioAdVisibleDetail {
  id: string;
}

export class AdVisibilityController implements ReactiveController {
  #observer?: IntersectionObserver;
  #article?: object;
  /** The ids of the article's slots already reported: a move in the DOM does not report them again. */
  #seen = new Set<string>();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#article) this.#observe();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Watches the rendered slots of `article`; a different article starts a new count. */
  watch(article: object): void {
    if (article === this.#article) return;
    this.#article = article;
    this.#seen.clear();
    // Out of the page, the slots are watched when it comes back (`hostConnected`).
    if (this.host.isConnected) this.#observe();
  }

  #observe(): void {
    this.#observer?.disconnect();
    this.#observer = new IntersectionObserver((entries, observer) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        observer.unobserve(target);
        const id = (target as HTMLElement).dataset.ad!;
        this.#seen.add(id);
        emit(this.host, 'folio-ad-visible', { id });
      }
    });
    for (const slot of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-ad]')) {
      if (!this.#seen.has(slot.dataset.ad!)) this.#observer.observe(slot);
    }
  }
}
