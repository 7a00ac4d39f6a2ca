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

/** Elements whose contents show no text, and their end tags. */
const HIDDEN = /<(script|style|template|noscript)\b/iy;
const END_TAGS: Record<string, RegExp> = Object.fromEntries(
  ['script', 'style', 'template', 'noscript'].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]),
);
const TAG = /<\/?[a-z]/iy;

/**
 * `html` without its comments, tags, and the contents of elements that show no text, in one pass:
 * the search for the end of a tag or comment starts where the last one stopped, so a tag that never
 * closes (`<a` a thousand times over) costs no more than its length.
 */
function dropMarkup(html: string): string {
  const endOf = endFinder(html);
  let text = '';
  let kept = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    HIDDEN.lastIndex = TAG.lastIndex = at;
    const hidden = HIDDEN.exec(html)?.[1].toLowerCase();
    const end = html.startsWith('<!--', at)
      ? endOf(/-->/g, at + 4)
      : ((hidden ? endOf(END_TAGS[hidden], at) : undefined) ??
        (TAG.test(html) ? endOf(/>/g, at) : undefined));
    if (end === undefined) continue;
    text += html.slice(kept, at);
    kept = end;
    at = end - 1;
  }
  return text + html.slice(kept);
}

/**
 * Where the next match of a pattern ends, searched from positions that only move forward: one
 * search answers every later one up to the match it found, or all of them when it found none.
 */
export function endFinder(html: string) {
  const found = new Map<string, { from: number; index: number; end?: number }>();
  return (pattern: RegExp, from: number): number | undefined => {
    const last = found.get(pattern.source);
    if (last && from >= last.from && from <= last.index) return last.end;
    pattern.lastIndex = from;
    const match = pattern.exec(html);
    const next = match
      ? { from, index: match.index, end: match.index + match[0].length }
      : { from, index: Infinity };
    found.set(pattern.source, next);
    return next.end;
  };
}

/** HTML as the text a reader would see, on one line: tags dropped, references decoded. */
export function stripTags(html: string, named?: (name: string) => string | undefined): string {
  const text = /[<&]/.test(html) ? decodeReferences(dropMarkup(html), named) : html;
  return text.replace(/\s+/g, ' ').trim();
}
