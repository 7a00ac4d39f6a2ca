// The one part of jsdom's API that folio-embed/ssr uses (jsdom ships no typings of its own).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
