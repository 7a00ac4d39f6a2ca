/**
 * The drop-in bundle for server-rendered pages (`dist/folio-hydrate.js`): `folio.js` plus Lit's
 * hydration support, so elements that arrive rendered by `folio-embed/ssr` take over their
 * declarative shadow DOM in place instead of rendering it again. The support is imported first:
 * LitElement looks for it as it loads.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './drop-in.js';
