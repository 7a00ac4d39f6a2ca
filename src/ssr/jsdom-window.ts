/**
 * jsdom, the server DOM in Node: the DOM DOMPurify's own tests run on.
 *
 * jsdom's selector engine adds listeners to its window for every document it creates, and never
 * removes them. DOMPurify parses each HTML string into a new document, so on a shared window each
 * sanitized string would leave its document behind for good, and every later listener would be
 * added after a longer check for duplicates: memory and time would grow with every render. Nothing
 * here handles events (the window only parses and sanitizes), so the window takes no listeners.
 */
import type { ServerDom } from './server-dom.js';

export const jsdom: ServerDom = {
  name: 'jsdom',
  async window() {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    window.addEventListener = () => {};
    return window;
  },
};
