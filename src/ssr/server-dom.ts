/**
 * The DOM the sanitizer runs on in Node (jsdom) and Lit's server renderer, loaded once and shared
 * by every render of the process, which must hold nothing that grows from one render to the next.
 *
 * jsdom's selector engine adds listeners to its window for every document it creates, and never
 * removes them. DOMPurify parses each HTML string into a new document, so on a shared window each
 * sanitized string would leave its document behind for good, and every later listener would be
 * added after a longer check for duplicates: memory and time would grow with every render. Nothing
 * here handles events (the window only parses and sanitizes), so the window takes no listeners.
 */
import type { RenderResult } from '@lit-labs/ssr';
import type { TemplateResult } from 'lit';
import { sanitizerReady, useWindow } from '../internal/sanitize.js';

export interface ServerRenderer {
  /** The HTML of `template`, rendered at once: no other render can run in the middle of it. */
  renderToString(template: TemplateResult): string;
}

let loaded: Promise<ServerRenderer> | undefined;

/** Loads jsdom and Lit's server renderer, and binds the sanitizer to a window, once. */
export function serverRenderer(): Promise<ServerRenderer> {
  return (loaded ??= load().catch((cause: unknown) => {
    loaded = undefined;
    if ((cause as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw cause;
    throw new Error('folio-embed/ssr needs jsdom and @lit-labs/ssr: npm install jsdom @lit-labs/ssr', {
      cause,
    });
  }));
}

async function load(): Promise<ServerRenderer> {
  const [{ JSDOM }, { render }, { collectResultSync }] = await Promise.all([
    import('jsdom'),
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
  ]);
  const { window } = new JSDOM('');
  window.addEventListener = () => {};
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
 */
export const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));
