/** Fires `folio-ad-visible` once per ad slot, the first time it scrolls into view. */
import type { ReactiveController, ReactiveElement } from 'lit';
import { emit } from '../internal/events.js';

export class AdVisibilityController implements ReactiveController {
  #observer?: IntersectionObserver;
  #seen = new Set<string>();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.#observer ??= new IntersectionObserver((entries) => this.#onIntersect(entries));
    for (const slot of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-ad]')) {
      if (!this.#seen.has(slot.dataset.ad!)) this.#observer.observe(slot);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** A new article starts a new count. */
  reset(): void {
    this.#seen.clear();
    this.#observer?.disconnect();
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const { isIntersecting, target } of entries) {
      const id = (target as HTMLElement).dataset.ad!;
      if (!isIntersecting || this.#seen.has(id)) continue;
      this.#seen.add(id);
      this.#observer!.unobserve(target);
      emit(this.host, 'folio-ad-visible', { id });
    }
  }
}
