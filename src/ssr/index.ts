/**
 * `folio-embed/ssr` in Node, Deno and Bun: the renderer with the sanitizer on jsdom. Workers
 * (the `workerd` and `worker` export conditions) get `edge.ts` instead.
 */
import { renderOn } from './server-dom.js';
import { jsdom } from './jsdom-window.js';

renderOn(jsdom);

export * from './render.js';
