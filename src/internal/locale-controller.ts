/**
 * Gives an element its language, direction and UI strings, and renders it again when they change:
 * a `lang` or `dir` above it changes after load (a page switching `<html lang>`), or strings
 * arrive (a language file loaded, or registered by the page). Like Shoelace's localize controller,
 * one MutationObserver serves every connected element. It watches the whole document (a wrapper's
 * `lang` counts as much as `<html lang>`) and the shadow root each element sits in, and it only
 * exists while an element is connected.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { localeOf } from './i18n.js';
import { loadTranslation, translationFor, watchTranslations } from './translations.js';
import type { Translation } from './translations.js';

const WATCHED: MutationObserverInit = { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] };

const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;
const updateAll = () => hosts.forEach((host) => host.requestUpdate());

watchTranslations(updateAll);

export class LocaleController implements ReactiveController {
  /** Read afresh before each update (`prepare`), or on first use where there is none (a server). */
  #locale?: { lang: string; dir: 'ltr' | 'rtl' };
  /** The last language whose strings were asked for. */
  #asked?: string;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The element's language: its `lang`, else the nearest ancestor's (across shadow roots), else the page's. */
  get lang(): string {
    return (this.#locale ??= localeOf(this.host)).lang;
  }

  /** The element's direction: its `dir`, else the nearest ancestor's, else its language's. */
  get dir(): 'ltr' | 'rtl' {
    return (this.#locale ??= localeOf(this.host)).dir;
  }

  /**
   * The UI strings in `lang` (by default the element's). Strings not here yet start loading, and
   * English (or a broader tag's) stand in until they arrive, when the element renders again.
   */
  strings(lang = this.lang): Translation {
    this.#asked = lang;
    loadTranslation(lang);
    return translationFor(lang);
  }

  /** Reads the language and direction afresh for the coming update; a promise while its strings load. */
  prepare(): Promise<void> | undefined {
    this.#locale = localeOf(this.host);
    return loadTranslation(this.#locale.lang);
  }

  /** Strings this element asked for that are still loading. */
  get loading(): Promise<void> | undefined {
    return this.#asked ? loadTranslation(this.#asked) : undefined;
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(updateAll);
      observer.observe(document.documentElement, WATCHED);
    }
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observer.observe(root, WATCHED);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size) return;
    observer?.disconnect();
    observer = undefined;
  }
}
