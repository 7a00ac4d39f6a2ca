/**
 * What every Folio element shares, so that each element's own file holds only what is its own:
 * the render root (a server-rendered one is taken over), the theming and status styles, the
 * language and direction (`locale`), the page told once about each state the element shows, a
 * typed `emit`, and a `define` that tolerates a second copy of Folio on the page.
 */
import { LitElement } from 'lit';
import type { CSSResultGroup, PropertyValues } from 'lit';
import { emit } from './events.js';
import type { FolioEventDetail, FolioEventName } from './events.js';
import { LocaleController } from './locale-controller.js';
import { sanitizerReady } from './sanitize.js';
import { renderRootOf } from './server-root.js';
import { readsComplete } from './read.js';
import type { Loaded } from './read.js';
import { statusStyles } from './status.js';
import { tokens } from './tokens.js';

export abstract class FolioElement extends LitElement {
  /** The theming tokens and the loading and error states; each element adds its own styles after them. */
  static override styles: CSSResultGroup = [tokens, statusStyles];

  static {
    // The element's own `lang` attribute renders it again when it changes. It is observed through a
    // reactive property that nothing reads (`locale` reads the attribute); one named `lang` would
    // hide the DOM's own.
    this.createProperty('ownLang', { attribute: 'lang' });
  }

  /**
   * Defines this element as `tag`. A page that loads Folio twice (two copies of the bundle, or an
   * older copy first) keeps the first definition instead of throwing.
   */
  static define(this: CustomElementConstructor, tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** The element's language, direction and UI strings, following the nearest `lang` and `dir`. */
  protected readonly locale = new LocaleController(this);

  /** What the element shows: each new state is told to the page once (`report`). */
  protected abstract readonly shown: Loaded<unknown>;

  #reported?: Loaded<unknown>;
  /** Whether the element arrived rendered by a server, with its nodes kept for Lit to take over. */
  #takingOver = false;

  protected override createRenderRoot() {
    const root = renderRootOf(this, () => super.createRenderRoot());
    // Server-rendered nodes still there: Lit's hydration support takes them over in the first update.
    this.#takingOver = root.childNodes.length > 0;
    return root;
  }

  /** An update waits for the strings of the element's language, so a page in French never flashes English. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // The update that takes server-rendered markup over must render that content, not a loading
    // state while DOMPurify loads (WebKit): it waits for what that needs, or for its failure.
    const ready = this.#takingOver && !this.hasUpdated ? this.takeOverReady() : undefined;
    if (ready) {
      const again = () => this.scheduleUpdate();
      return ready.then(again, () => ((this.#takingOver = false), again()));
    }
    const loading = this.locale.prepare();
    // The language may change while its strings load: it is read again when they arrive.
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** What rendering server-rendered markup as the server did waits for: the sanitizer, and an element's own files. */
  protected takeOverReady(): Promise<unknown> | undefined {
    return sanitizerReady();
  }

  /**
   * `updateComplete` also waits for what an update asked for, each rendered once it arrives: the
   * strings of another language than the page's, and a read under way (DOMPurify or a format reader
   * still loading). So `await el.updateComplete` still means "rendered".
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return readsComplete(this, async () => {
      let done = await super.getUpdateComplete();
      for (let loading = this.locale.loading; loading; loading = this.locale.loading) {
        await loading;
        done = await super.getUpdateComplete();
      }
      return done;
    });
  }

  protected override updated(_changed: PropertyValues): void {
    const state = this.shown;
    if (state === this.#reported) return;
    this.#reported = state;
    this.report(state);
  }

  /**
   * Tells the page about a state the element shows, once: an error fires `folio-error`, content that
   * was repaired or left out in part fires `folio-warning`; either is also written to the console,
   * as a warning (the element shows it, and the page goes on).
   */
  protected report(state: Loaded<unknown>): void {
    if (state.status === 'error') {
      console.warn(`Folio: <${this.localName}> ${state.error.message}`);
      this.emit('folio-error', state.error);
    } else if (state.status === 'ready' && state.warnings.length) {
      const { warnings } = state;
      console.warn(`Folio: <${this.localName}> ${warnings.map(({ message }) => message).join('\n')}`);
      this.emit('folio-warning', { warnings });
    }
  }

  /**
   * Fires the Folio event `name` with its `detail`, typed by the events map: a `CustomEvent` that
   * bubbles out of shadow roots. Returns false when a listener cancelled a cancelable event.
   */
  protected emit<K extends FolioEventName>(
    name: K,
    detail: FolioEventDetail<K>,
    { cancelable = false } = {},
  ): boolean {
    return emit(this, name, detail, cancelable);
  }
}
