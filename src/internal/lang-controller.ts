/**
 * Renders an element again when a `lang` or `dir` above it changes after load, such as a page
 * switching `<html lang>`: elements read the nearest `lang` up the tree as they render
 * (`languageOf`), and this tells them when to read it again. Like Shoelace's localize controller,
 * one MutationObserver serves every connected element. It watches the whole document (a wrapper's
 * `lang` counts as much as `<html lang>`) and the shadow root each element sits in, and it only
 * exists while an element is connected.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

const WATCHED: MutationObserverInit = { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] };

const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
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
