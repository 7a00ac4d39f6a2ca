/**
 * Gives an element its language and direction, and renders it again when a `lang` or `dir` above
 * it changes after load, such as a page switching `<html lang>`. Like Shoelace's localize
 * controller, one MutationObserver serves every connected element. It watches the whole document
 * (a wrapper's `lang` counts as much as `<html lang>`) and the shadow root each element sits in,
 * and it only exists while an element is connected.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { localeOf } from './i18n.js';

const WATCHED: MutationObserverInit = { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] };

const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

export class LocaleController implements ReactiveController {
  #locale?: { lang: string; dir: 'ltr' | 'rtl' };

  constructor(private readonly host: ReactiveElement & Element) {
    host.addController(this);
  }

  /** The element's language: its `lang`, else the nearest ancestor's (across shadow roots), else the page's. */
  get lang(): string {
    return (this.#locale ??= localeOf(this.host)).lang;
  }

  /** The element's direction: the nearest `dir`, unless a `lang` comes first, when it is that language's. */
  get dir(): 'ltr' | 'rtl' {
    return (this.#locale ??= localeOf(this.host)).dir;
  }

  /** Reads the language and direction afresh, for the coming update. */
  prepare(): Promise<void> | undefined {
    this.#locale = localeOf(this.host);
    return undefined;
  }

  /** Strings still loading for this element. */
  get loading(): Promise<void> | undefined {
    return undefined;
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
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
