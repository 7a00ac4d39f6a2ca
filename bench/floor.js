// The floor under any drop-in bundle of Folio: Lit's element base and templates plus DOMPurify,
// bundled alone with the same settings as `dist/folio.js`. No bundle that contains both can be smaller.
export { LitElement, html, css } from 'lit';
export { default as DOMPurify } from 'dompurify';
