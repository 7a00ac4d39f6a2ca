/** Opens the demo page in an iframe, as a visitor would, and records every error it reports. */
import { until } from '../helpers.js';

export interface DemoPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** Console errors, uncaught errors and unhandled rejections, in order. */
  problems: string[];
  /** The first element matching `selector`, looking inside shadow roots along the way (`a >>> b`). */
  $<T extends Element = HTMLElement>(selector: string): T | null;
}

const pages: HTMLIFrameElement[] = [];

/** Opens `/demo/index.html` with `search` (and `hash`) in a frame of the given size, once its first article shows. */
export async function openDemo(address = '', { width = 1280, height = 900 } = {}): Promise<DemoPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  frame.src = `/demo/index.html${address}`;
  document.body.append(frame);
  pages.push(frame);
  // A same-origin page keeps the frame's first window, so these listeners are in place before its scripts run.
  const window = frame.contentWindow as Window & typeof globalThis;
  const problems: string[] = [];
  window.console.error = (...args: unknown[]) => problems.push(args.map(String).join(' '));
  window.addEventListener('error', (event) => problems.push(event.message));
  window.addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));
  const $ = <T extends Element>(selector: string) => deepQuery<T>(frame.contentDocument!, selector);
  await until(() => $('main folio-article >>> article'), 15000);
  return { frame, window, document: frame.contentDocument!, problems, $ };
}

/** Closes every demo page opened by the current test. */
export function closeDemos(): void {
  for (const frame of pages.splice(0)) frame.remove();
}

function deepQuery<T extends Element>(root: ParentNode, selector: string): T | null {
  const [first, ...rest] = selector.split(' >>> ');
  const found = root.querySelector(first);
  if (!rest.length || !found) return found as T | null;
  return found.shadowRoot ? deepQuery<T>(found.shadowRoot, rest.join(' >>> ')) : null;
}

/** Types `value` into a form control the way the browser reports it: the value, then `input` and `change`. */
export function enter(
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Replaces the page's `navigator.clipboard.writeText` with `writeText`, to see or refuse what is copied. */
export function stubClipboard(page: DemoPage, writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(page.window.navigator.clipboard, 'writeText', { value: writeText });
}

/** Runs axe-core inside the page and returns its violations, each as `rule: target`. */
export async function axeViolations(page: DemoPage): Promise<string[]> {
  const { document, window } = page;
  const axeWindow = window as unknown as { axe?: { run: (context: Node) => Promise<AxeResults> } };
  if (!axeWindow.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    document.head.append(script);
    await loaded;
  }
  const results = await axeWindow.axe!.run(document);
  return results.violations.flatMap(({ id, nodes }) =>
    nodes.map((node) => `${id}: ${node.target.join(' ')}`),
  );
}

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** The text a reader sees in an element, on one line. */
export const textOf = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
