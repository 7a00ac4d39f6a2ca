/**
 * The sanitizer's DOMPurify path (see sanitize.ts), the only module that imports DOMPurify. It is
 * loaded on demand: where the browser has no sanitizer of its own, and on a server.
 */
import DOMPurify from 'dompurify';
import type { Config, WindowLike } from 'dompurify';

/**
 * A sanitizer for `window` with `config`, calling `guard` on every element it keeps, with the
 * `base` of the call. A private instance: the host app's own DOMPurify is left as it is.
 */
export function purifier(
  window: WindowLike,
  config: Config & { RETURN_DOM_FRAGMENT: true },
  guard: (element: Element, base: string | undefined) => void,
): (html: string, base: string | undefined) => DocumentFragment {
  const purify = DOMPurify(window);
  // Read the config once: DOMPurify otherwise rebuilds its tag and attribute sets on every call (a
  // fifth of each call's time). `sanitize` still receives it below, for the return type.
  purify.setConfig(config);
  const { document } = window as { document: Document };
  // DOMPurify parses each string into a new document, which is cheap (about 0.05 ms a block).
  // Cleaning in place inside one shared document was measured 20 times slower: that document keeps
  // every NodeIterator DOMPurify makes until garbage collection, and each removal updates them all.
  // It returns null when the HTML leaves it no body to read (it opens with <frameset>).
  return (html, base) => {
    const fragment = purify.sanitize(html, config) ?? document.createDocumentFragment();
    // After DOMPurify rather than in a hook: a hook is told nothing of the call, its `base` included.
    for (const element of fragment.querySelectorAll('*')) guard(element, base);
    return fragment;
  };
}
