/**
 * `folio-embed/hydrate`: the npm entry for pages rendered by `folio-embed/ssr`. It installs Lit's
 * hydration support, then defines every element, so that they take over their declarative shadow
 * DOM in place; the app's bundler shares Lit with the app. Import it before anything that imports
 * Lit: LitElement looks for the support as it loads.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
