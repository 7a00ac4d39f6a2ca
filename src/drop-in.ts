/** The drop-in bundle (`dist/folio.js`): importing it defines every element. */
export * from './index.js';
