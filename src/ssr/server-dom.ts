/**
 * The DOM the sanitizer runs on and Lit's server renderer, loaded once and shared by every render
 * of the process, which must hold nothing that grows from one render to the next. Which DOM is the
 * entry's choice: jsdom in Node (`index.ts`), domino where Node's modules are not (`edge.ts`).
 */
import type { RenderResult } from '@lit-labs/ssr';
import type { TemplateResult } from 'lit';
import { sanitizerReady, useWindow } from '../internal/sanitize.js';

export interface ServerRenderer {
  /** The HTML of `template`, rendered at once: no other render can run in the middle of it. */
  renderToString(template: TemplateResult): string;
}

/** A DOM package, and how to make the one window every render shares from it. */
export interface ServerDom {
  /** The npm package, named in the error when it is not installed. */
  name: string;
  window(): Promise<Window & typeof globalThis>;
}

let dom: ServerDom | undefined;
let loaded: Promise<ServerRenderer> | undefined;

/** Chooses the DOM the renders run on; each entry calls it once, before any render. */
export function renderOn(chosen: ServerDom): void {
  dom = chosen;
  loaded = undefined;
}

/** Loads the DOM and Lit's server renderer, and binds the sanitizer to a window, once. */
export function serverRenderer(): Promise<ServerRenderer> {
  // Only a bundle that dropped the entry's choice as dead code gets here without one.
  if (!dom) return Promise.reject(new Error('folio-embed/ssr: no server DOM was chosen by its entry'));
  const { name } = dom;
  return (loaded ??= load(dom).catch((cause: unknown) => {
    loaded = undefined;
    if ((cause as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw cause;
    throw new Error(`folio-embed/ssr needs ${name} and @lit-labs/ssr: npm install ${name} @lit-labs/ssr`, {
      cause,
    });
  }));
}

async function load(dom: ServerDom): Promise<ServerRenderer> {
  const [window, { render }, { collectResultSync }] = await Promise.all([
    dom.window(),
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
  ]);
  useWindow(window);
  await sanitizerReady(); // DOMPurify, loaded on demand
  return {
    // Synchronous, so the sanitizer's state (the window, the base URL of the article in hand) is
    // never shared by two renders at once.
    renderToString: (template) => collectResultSync(render(template) as RenderResult),
  };
}

/**
 * Waits for the next turn of the event loop. jsdom keeps what its `WeakRef`s point to (each
 * sanitized document) until the current job ends, and a loop of awaited renders with no I/O
 * between them is one job: starting each render on a task of its own lets the last one's go.
 * (A Worker has no `setImmediate`.)
 */
export const nextTask = () =>
  new Promise<void>((resolve) =>
    'setImmediate' in globalThis ? setImmediate(resolve) : setTimeout(resolve, 0),
  );
