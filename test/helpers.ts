/** Small helpers shared by the element tests. */
import { oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The element's shadow root, which every Folio element has. */
export const shadow = (element: Element) => element.shadowRoot!;

/** The first element in `el`'s shadow root that matches `selector`, or null. */
export const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);

/** Every element in `el`'s shadow root that matches `selector`, as an array. */
export const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

/** A test-server URL that answers `json` after `delay` ms (see test/server/routes.js). */
export const served = (json: unknown, delay = 0) =>
  `/__folio/json?delay=${delay}&body=${encodeURIComponent(JSON.stringify(json))}`;

/** Waits for the next `name` event at `target` (an element, or the document for bubbling events). */
export const nextEvent = <T>(target: EventTarget, name: string) =>
  oneEvent(target, name) as Promise<CustomEvent<T>>;

/** Waits until `check` returns a truthy value (for fetches and observers), failing after `ms`. */
export async function until<T>(check: () => T, ms = 3000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${check}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * What the test runner can do in this browser. Chromium is driven over the DevTools protocol,
 * Firefox over WebDriver BiDi, WebKit over classic WebDriver; asking a browser for what its protocol
 * lacks fails, and the runner prints that failure even in a passing run, so tests ask here first.
 */
export const runner = {
  /** `emulateMedia` (prefers-color-scheme, prefers-reduced-motion): the DevTools protocol only. */
  emulatesMedia: navigator.userAgent.includes('Chrome/'),
  /** `sendKeys({ down })`, holding a key such as Shift: not over classic WebDriver (WebKit). */
  holdsKeys: navigator.userAgent.includes('Chrome/') || navigator.userAgent.includes('Firefox/'),
};

/** Collects the console warnings written while `run` runs. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Shows `el` in its dark scheme (`--folio-color-scheme: dark`) on a dark page: no emulated media,
 * so in every engine.
 */
export function inDarkScheme(el: HTMLElement): void {
  el.style.setProperty('--folio-color-scheme', 'dark');
  Object.assign(el.parentElement!.style, { colorScheme: 'dark', background: '#16181b' });
}

/** Sets the page's `<html lang>`, as a site that switches language after load does; returns the undo. */
export function setPageLang(lang: string): () => void {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  root.lang = lang;
  return () => (before === null ? root.removeAttribute('lang') : root.setAttribute('lang', before));
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab `count` times with focus starting on `start`, and names each element focused on
 * the way: its `aria-label`, or else its text.
 */
export async function tabStops(start: HTMLElement, count: number): Promise<string[]> {
  start.focus();
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    stops.push(active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '');
  }
  return stops;
}
