/**
 * HTML as text without a DOM: what the model uses in plain Node, where no sanitizer is handed in.
 * Decoding yields text, never markup: `&lt;b&gt;` becomes the characters `<b>`, which the elements
 * show as text and no caller parses again. It reads as the browser does except for named
 * references outside the table below (left as written) and markup a browser would repair
 * (unclosed tags, comments inside attributes), so an article read in Node matches the browser's
 * for what feeds and CMSs send.
 */

/** The named references feeds and CMSs write; any other name is left as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', times: '×', divide: '÷', euro: '€', pound: '£',
  yen: '¥', cent: '¢', sect: '§', para: '¶', dagger: '†', Dagger: '‡', prime: '′', Prime: '″',
  iexcl: '¡', iquest: '¿', frac12: '½', frac14: '¼', frac34: '¾', plusmn: '±', micro: 'µ',
};

const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));?/gi;

/**
 * Decodes character references (`&#8216;`, `&#x2019;`, `&amp;`), once; a name outside the table
 * above is read by `named` when the caller has one.
 */
export function decodeReferences(text: string, named?: (name: string) => string | undefined): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name) return (Object.hasOwn(NAMED, name) ? NAMED[name] : named?.(name)) ?? reference;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    // As HTML does: NUL, surrogates and numbers past Unicode read as the replacement character.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
      ? '\ufffd'
      : String.fromCodePoint(code);
  });
}

/** Tags, comments, and the contents of elements that show no text. */
const MARKUP = /<(script|style|template|noscript)\b[^]*?<\/\1\s*>|<!--[^]*?-->|<\/?[a-z][^>]*>/gi;

/** HTML as the text a reader would see, on one line: tags dropped, references decoded. */
export function stripTags(html: string, named?: (name: string) => string | undefined): string {
  const text = /[<&]/.test(html) ? decodeReferences(html.replace(MARKUP, ''), named) : html;
  return text.replace(/\s+/g, ' ').trim();
}
