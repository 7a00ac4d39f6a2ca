import { html, isServer, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import type { RelatedItem } from '../model/article.js';
import type { FolioErrorDetail, FolioWarningDetail } from '../internal/events.js';
import { FolioElement } from '../internal/folio-element.js';
import { format } from '../internal/i18n.js';
import type { Translation } from '../internal/translations.js';
import { DEFAULT_TIMEOUT, SourceController } from '../internal/source.js';
import { InputReader, readItems, readItemsSource } from '../internal/read.js';
import type { Loaded } from '../internal/read.js';
import { renderStatus } from '../internal/status.js';
import { renderTime } from '../internal/dates.js';
import { styles } from './related.styles.js';

/** Browsers without `scrollend` (Safari before 26) count scrolling as over after a pause in `scroll` events. */
const HAS_SCROLLEND = !isServer && 'onscrollend' in window;
const SETTLE_MS = 150;

const NO_ITEMS: RelatedItem[] = [];

export type { FolioErrorDetail, FolioWarningDetail };

/** `folio-navigate` detail: the chosen card's URL and its item. */
export interface FolioNavigateDetail {
  url: string;
  item: RelatedItem;
}

/**
 * A horizontal carousel of related articles (the WAI-ARIA APG carousel pattern, without autoplay):
 * native scroll-snap, previous/next buttons, arrow keys, and cards that show an image, category,
 * title or summary, and date. Cards out of view are `inert`, so Tab only reaches what is visible.
 *
 * @tagname folio-related
 * @summary An accessible related-articles carousel, from items, a Folio article or a JSON Feed.
 *
 * @fires {FolioNavigateDetail} folio-navigate - `{ url, item }` when a card is chosen; cancel it to route in a single-page app.
 * @fires {FolioErrorDetail} folio-error - `{ message, path?, cause? }` when the items are invalid or cannot be loaded.
 * @fires {FolioWarningDetail} folio-warning - `{ warnings: [{ message, path }] }` when items were repaired or left out.
 *
 * @csspart carousel - The labelled region around everything.
 * @csspart heading - The `<h2>` showing `label`.
 * @csspart prev-button - The "Previous" button.
 * @csspart next-button - The "Next" button.
 * @csspart track - The scrolling row of cards.
 * @csspart card - Each card.
 * @csspart image - A card's image.
 * @csspart category - A card's category.
 * @csspart title - A card's `<h3>`: the title, or the summary when there is no title.
 * @csspart link - The link inside the title; it covers the whole card.
 * @csspart summary - A card's summary, under a title.
 * @csspart date - A card's publication date.
 * @csspart loading - The loading message.
 * @csspart error - The error message (`role="alert"`).
 * @csspart retry - The "Try again" button of a load error.
 *
 * @cssprop [--folio-related-gap=var(--folio-space)] - Space between cards.
 * @cssprop [--folio-related-image-ratio=16 / 9] - Shape of card images; they are cropped to fill it.
 * @cssprop [--folio-color-surface=light-dark(#f4f4f2, #212429)] - Card background.
 * @cssprop [--folio-color-accent=light-dark(#b3261e, #ff8a80)] - Category and focus ring.
 */
export class FolioRelated extends FolioElement {
  static override styles = [FolioElement.styles, styles];

  static override properties = {
    items: { attribute: false },
    src: {},
    label: {},
    timeout: { type: Number },
    first: { state: true },
    perView: { state: true },
  };

  /** The related articles: `{ url, title?, summary?, category?, published?, image? }`, a `url` and a title or summary each. */
  declare items?: RelatedItem[];

  /** URL of an array of related items, a Folio article (its `related` are shown) or a JSON Feed. */
  declare src?: string;

  /** The carousel's name, shown as its heading. Defaults to "Related Articles" in the element's language. */
  declare label?: string;

  /** Milliseconds to wait for `src` before showing an error. */
  timeout = DEFAULT_TIMEOUT;

  /** The first card fully in view; it and the next `perView - 1` are the visible page. */
  private first = 0;
  /** How many cards fit in view, as the container queries laid them out. */
  private perView = 1;

  #source = new SourceController(this, readItemsSource);
  #fromProperty = new InputReader(this, readItems);
  #shown = NO_ITEMS;
  #lang = 'en';
  #dir: 'ltr' | 'rtl' = 'ltr';
  /** `auto` unless this element's own `lang` declares the items' language: see `#renderCard`. */
  #cardDir?: 'auto';
  #track?: HTMLElement;
  /** The page the track's cards were last marked reachable for: cards `[first, end)`. */
  #marked: [first: number, end: number] = [0, 0];
  /** Measures the track as it changes size; it exists while the element is in the page. */
  #resize?: ResizeObserver;
  #settle?: ReturnType<typeof setTimeout>;

  /** What is shown: the `items` property wins over `src`. */
  protected get shown(): Loaded<RelatedItem[]> {
    return this.items !== undefined ? this.#fromProperty.state : this.#source.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize = new ResizeObserver(() => this.#measure());
    // Back in the page after a move: measured again, where it may have another width.
    if (this.#track) this.#resize.observe(this.#track);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
    clearTimeout(this.#settle);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.#fromProperty.read(this.items);
    if (changed.has('src') || changed.has('timeout')) this.#source.load(this.src, this.timeout);
    ({ lang: this.#lang, dir: this.#dir } = this.locale);
    this.#cardDir = this.getAttribute('lang') ? undefined : 'auto';
    const state = this.shown;
    const items = state.status === 'ready' ? state.value : NO_ITEMS;
    // New items get a new track (see render), which starts at the first card; the same items in new objects keep theirs.
    if (items !== this.#shown && trackKey(items) !== trackKey(this.#shown)) this.first = 0;
    this.#shown = items;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#markReachable(this.#watchTrack());
    super.updated(changed);
  }

  /** Watches the size of the track on screen: each new list of items gets a new one. True when it is new. */
  #watchTrack(): boolean {
    const track = this.renderRoot.querySelector<HTMLElement>('.track') ?? undefined;
    if (track === this.#track) return false;
    if (this.#track) this.#resize?.unobserve(this.#track);
    this.#track = track;
    if (track) this.#resize?.observe(track);
    return true;
  }

  /**
   * Only the visible page stays reachable: Tab and screen readers skip the cards out of view. Only
   * the cards entering or leaving the page are touched (updates follow every scroll, and a list can
   * hold 1,000 cards); a new track's cards are all reachable, as if all were on the page.
   */
  #markReachable(newTrack: boolean): void {
    const cards = this.#track?.children ?? [];
    const [was, wasEnd] = newTrack ? [0, cards.length] : this.#marked;
    const first = this.first;
    const end = first + this.perView;
    this.#marked = [first, end];
    for (let i = was; i < wasEnd; i++) if (i < first || i >= end) cards[i]?.setAttribute('inert', '');
    for (let i = first; i < end; i++) if (i < was || i >= wasEnd) cards[i]?.removeAttribute('inert');
  }

  /** The track and the distance from one card's start to the next, or nothing while it has no size. */
  #geometry() {
    const track = this.#track;
    const card = track?.firstElementChild;
    if (!track?.clientWidth || !card) return undefined;
    const gap = parseFloat(getComputedStyle(track).columnGap) || 0;
    return { track, gap, stride: card.getBoundingClientRect().width + gap };
  }

  /** Works out the visible page from the scroll position: cards share one width, so no per-card observers. */
  #measure(): void {
    const geometry = this.#geometry();
    if (!geometry) return;
    const { track, gap, stride } = geometry;
    this.perView = Math.max(1, Math.round((track.clientWidth + gap) / stride));
    this.first = this.#clamp(Math.round(Math.abs(track.scrollLeft) / stride));
  }

  #clamp(first: number): number {
    return Math.max(0, Math.min(first, this.#shown.length - this.perView));
  }

  /**
   * Scrolls card `first` to the start. The buttons scroll smoothly unless the reader prefers reduced
   * motion (the styles decide); keys jump at once, as focus does, so the focused card is in view
   * before any `scrollend` is measured.
   */
  #scrollTo(first: number, behavior?: ScrollBehavior): void {
    const geometry = this.#geometry();
    if (!geometry) return;
    this.first = this.#clamp(first);
    const sign = this.#dir === 'rtl' ? -1 : 1;
    geometry.track.scrollTo({ left: sign * this.first * geometry.stride, behavior });
  }

  #onScroll(): void {
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => this.#measure(), SETTLE_MS);
  }

  #onPrevious(): void {
    this.#scrollTo(this.first - this.perView);
  }

  #onNext(): void {
    this.#scrollTo(this.first + this.perView);
  }

  /** Arrow keys (in reading direction), Home and End move focus between cards, scrolling as needed. */
  async #onKeydown(event: KeyboardEvent): Promise<void> {
    const card = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (!card || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const from = Number(card.dataset.index);
    const last = this.#shown.length - 1;
    const [back, forward] = this.#dir === 'rtl' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    const to = { [back]: from - 1, [forward]: from + 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to < 0 || to > last) return;
    if (to < this.first) this.#scrollTo(to, 'instant');
    else if (to >= this.first + this.perView) this.#scrollTo(to - this.perView + 1, 'instant');
    await this.updateComplete;
    this.#track?.children[to]?.querySelector('a')?.focus({ preventScroll: true });
  }

  /** Plain clicks fire a cancelable `folio-navigate`; clicks that open a new tab or window are left alone. */
  #onClick(event: MouseEvent): void {
    const card = (event.target as Element).closest<HTMLElement>('a')?.closest<HTMLElement>('[data-index]');
    if (!card || event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const item = this.#shown[Number(card.dataset.index)];
    if (!this.emit('folio-navigate', { url: item.url, item }, { cancelable: true })) {
      event.preventDefault();
    }
  }

  override render() {
    const state = this.shown;
    const strings = this.locale.strings();
    if (state.status !== 'ready') {
      const { relatedLoading: loading, relatedError: error, retry } = strings;
      return html`<div lang=${this.#lang} dir=${this.#dir}>
        ${renderStatus(state, { loading, error, retry })}
      </div>`;
    }
    return state.value.length ? this.#renderCarousel(state.value, strings) : nothing;
  }

  /** The track has `tabindex="-1"`: Firefox would make the scroller a Tab stop of its own; the buttons and cards are the stops. */
  #renderCarousel(items: RelatedItem[], strings: Translation) {
    const lang = this.#lang;
    return html`<section
      part="carousel"
      aria-roledescription=${strings.carousel}
      aria-labelledby="heading"
      lang=${lang}
      dir=${this.#dir}
    >
      <div class="bar">
        <h2 id="heading" part="heading">${this.label || strings.relatedHeading}</h2>
        ${this.#renderButton('prev', strings.previous, this.first === 0, this.#onPrevious)}
        ${this.#renderButton('next', strings.next, this.first + this.perView >= items.length, this.#onNext)}
      </div>
      ${keyed(
        trackKey(items),
        html`<div
          id="track"
          part="track"
          class="track"
          tabindex="-1"
          @scrollend=${this.#measure}
          @scroll=${HAS_SCROLLEND ? nothing : this.#onScroll}
          @keydown=${this.#onKeydown}
          @click=${this.#onClick}
        >
          ${guard([items, lang, strings, this.#cardDir], () => this.#renderCards(items, strings))}
        </div>`,
      )}
    </section>`;
  }

  /** `aria-disabled` rather than `disabled`, so a button that reaches the end keeps focus. */
  #renderButton(which: 'prev' | 'next', label: string, disabled: boolean, onClick: () => void) {
    return html`<button
      type="button"
      part=${`${which}-button`}
      aria-label=${label}
      aria-controls="track"
      aria-disabled=${String(disabled)}
      @click=${onClick}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d=${which === 'prev' ? 'm15 5-7 7 7 7' : 'm9 5 7 7-7 7'} />
      </svg>
    </button>`;
  }

  /** The cards, rendered again only when the items or the language change (not on every scroll). */
  #renderCards(items: RelatedItem[], strings: Translation) {
    const number = new Intl.NumberFormat(this.#lang);
    const total = number.format(items.length);
    return items.map((item, i) =>
      this.#renderCard(
        item,
        i,
        format(strings.slidePosition, { n: number.format(i + 1), total }),
        strings.slide,
      ),
    );
  }

  /**
   * A card. Items carry no language of their own: unless this element's `lang` declares it (an
   * article passes its own), a card takes its direction from its text, not from the page's.
   */
  #renderCard(item: RelatedItem, index: number, position: string, slide: string) {
    return html`<div
      part="card"
      class="card"
      dir=${this.#cardDir ?? nothing}
      role="group"
      aria-roledescription=${slide}
      aria-label=${position}
      data-index=${index}
    >
      ${item.image ? this.#renderImage(item.image) : nothing}
      ${item.category ? html`<p part="category" class="category">${item.category}</p>` : nothing}
      <h3 part="title" class=${item.title ? 'title' : 'title headline'}>
        <a part="link" href=${item.url}>${item.title ?? item.summary}</a>
      </h3>
      ${item.title && item.summary ? html`<p part="summary" class="summary">${item.summary}</p>` : nothing}
      ${item.published ? html`<p part="date" class="date">${renderTime(item.published, this.#lang)}</p>` : nothing}
    </div>`;
  }

  /** Lazy, with `width`/`height` (the 16:9 card box when the item gives none) so nothing shifts as it loads. */
  #renderImage(image: NonNullable<RelatedItem['image']>) {
    return html`<img
      part="image"
      src=${image.src}
      alt=${image.alt}
      width=${image.width ?? 640}
      height=${image.height ?? 360}
      loading="lazy"
      decoding="async"
    />`;
  }
}

/** What makes a track new: other articles, not the same ones read again (as a new article's JSON does). */
const trackKey = (items: readonly RelatedItem[]) => items.map((item) => item.url).join('\n');

declare global {
  interface HTMLElementTagNameMap {
    'folio-related': FolioRelated;
  }
  interface GlobalEventHandlersEventMap {
    'folio-navigate': CustomEvent<FolioNavigateDetail>;
  }
}
