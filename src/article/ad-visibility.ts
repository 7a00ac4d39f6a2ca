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

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#article = undefined;
  }

  /** Watches the rendered slots of `article`; a different article starts a new count. */
  watch(article: object): void {
    if (article === this.#article) return;
    this.#article = article;
    this.#observer?.disconnect();
    this.#observer = new IntersectionObserver((entries, observer) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        observer.unobserve(target);
        emit<FolioAdVisibleDetail>(this.host, 'folio-ad-visible', {
          id: (target as HTMLElement).dataset.ad!,
        });
      }
    });
    for (const slot of this.host.renderRoot.querySelectorAll('[data-ad]')) this.#observer.observe(slot);
  }
}
