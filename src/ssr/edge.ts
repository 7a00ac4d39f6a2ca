/**
 * `folio-embed/ssr` in a Worker (the `workerd` and `worker` export conditions): the renderer with
 * the sanitizer on domino, which needs none of Node's modules.
 */
import { renderOn } from './server-dom.js';
import { domino } from './domino-window.js';

renderOn(domino);

export * from './render.js';
