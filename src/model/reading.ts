/**
 * The state of one reading of an input: the tools and callbacks the caller handed in, and how the
 * paths of the Folio input an adapter made map back to the fields of the document it read. The
 * readers are synchronous, so one reading at a time is current; `withReading` restores the outer
 * one when it ends.
 */
import { FolioInputError } from './errors.js';
import type { FolioProblem } from './errors.js';
import { decodeReferences, stripTags } from './html-text.js';

/** A part of the input that was repaired or left out, with the path of the field. */
export interface FolioWarning {
  message: string;
  path: string;
}

/** How `normalizeArticle` and the adapters read an input. */
export interface NormalizeOptions {
  /**
   * The absolute URL the document was loaded from. Relative URLs in it resolve against this,
   * else against the document's own absolute URL (`url`, a feed's `home_page_url`…), never
   * against the page showing it.
   */
  src?: string;
  /**
   * Reads HTML as the text a reader sees (titles and excerpts that arrive as HTML). The elements
   * hand in the sanitizer's, which parses HTML as a browser does; the default, for plain Node,
   * strips tags and decodes character references.
   */
  htmlToText?: (html: string) => string;
  /** Called for each repair or drop; the default writes it to the console. */
  onWarning?: (warning: FolioWarning) => void;
}

/** How a reading decodes a named character reference outside the common few: `eacute` → `é`. */
export type NamedReference = (name: string) => string | undefined;

/** Where the fields of the Folio input came from: `{ published: 'items[0].date_published' }`. */
export type SourcePaths = Record<string, string>;

interface Reading {
  src?: string;
  htmlToText: (html: string) => string;
  namedReference?: NamedReference;
  onWarning: (warning: FolioWarning) => void;
  paths: SourcePaths;
  /** The length of the longest of `paths`' keys: a longer prefix is not looked up. */
  longest: number;
  /** What makes the input no article, gathered so that the error names them all. */
  problems: FolioProblem[];
  /** The text read is Folio's own output, decoded once already (`readAgain`): it is taken as it is. */
  decoded?: boolean;
}

/**
 * Makes `table` read the named references outside the common few wherever the caller hands in no
 * `htmlToText`: for the model's Node entry, where there is no HTML parser to read them.
 */
export function useNamedReferences(table: NamedReference): void {
  defaults.htmlToText = (html) => stripTags(html, table);
  defaults.namedReference = table;
}

/** The default report of a warning: the console. */
export const logWarning = ({ message }: FolioWarning) => console.warn(`Folio: ${message}`);

/** The reading outside any call: what a caller does not hand in. */
const defaults: Reading = { htmlToText: stripTags, onWarning: logWarning, paths: {}, longest: 0, problems: [] };

let current = defaults;

/**
 * Runs `read` with `options` (and `paths`, when given) as the current reading.
 * @throws {FolioInputError} listing the problems `read` reported.
 */
export function withReading<T>(
  options: NormalizeOptions & { paths?: SourcePaths; namedReference?: NamedReference },
  read: () => T,
): T {
  const outer = current;
  const paths = options.paths ?? outer.paths;
  current = {
    src: options.src ?? outer.src,
    htmlToText: options.htmlToText ?? outer.htmlToText,
    namedReference: options.namedReference ?? outer.namedReference,
    onWarning: options.onWarning ?? outer.onWarning,
    paths,
    longest: paths === outer.paths ? outer.longest : Object.keys(paths).reduce((max, key) => Math.max(max, key.length), 0),
    problems: [],
  };
  try {
    const value = read();
    if (current.problems.length) throw FolioInputError.of(current.problems);
    return value;
  } finally {
    current = outer;
  }
}

/** The address the document was loaded from, when the caller gave one. */
export const documentSrc = (): string | undefined => current.src;

/**
 * Character references decoded once, from HTML's whole set: a name outside the common few is read
 * by the table the caller handed in, else by `htmlToText` (the platform's own parser, in a browser).
 */
export const decodeText = (text: string): string =>
  current.decoded ? text : decodeReferences(text, current.namedReference ?? parsedReference);

/** Runs `read` with its text taken as decoded already. */
export function asDecoded<T>(read: () => T): T {
  const outer = current.decoded;
  current.decoded = true;
  try {
    return read();
  } finally {
    current.decoded = outer;
  }
}

/** A name as the reading's HTML reader decodes it; a name it leaves as written, or reads as more than a character or two, is none. */
function parsedReference(name: string): string | undefined {
  const text = current.htmlToText(`&${name};`);
  return text && text !== `&${name};` && [...text].length <= 2 ? text : undefined;
}

/** `html` as the text a reader sees, on one line. */
export const toText = (html: string): string => current.htmlToText(html);

/** The path of the field in the document read: `image.width` may come from `_embedded.wp:featuredmedia[0].media_details.width`. */
export function sourcePath(path: string): string {
  const { paths, longest } = current;
  // Shorter and shorter prefixes: `a.b[0].c`, `a.b[0]`, `a.b`, `a`. A key may hold any character,
  // thousands of dots included, so each segment is read once, from the end.
  for (let end = path.length; end > 0; end = lastSegment(path, end)) {
    if (end > longest) continue;
    const prefix = path.slice(0, end);
    if (Object.hasOwn(paths, prefix)) return paths[prefix] + path.slice(end);
  }
  return path;
}

/** Where the last segment (`.key` or `[0]`) of `path.slice(0, end)` starts; -1 when there is none. */
function lastSegment(path: string, end: number): number {
  let i = end - 1;
  if (path[i] === ']') {
    let digit = i - 1;
    while (digit >= 0 && path[digit] >= '0' && path[digit] <= '9') digit--;
    if (digit < i - 1 && path[digit] === '[') return digit;
  }
  for (; i >= 0 && path[i] !== '['; i--) if (path[i] === '.') return i;
  return -1;
}

/** Notes what makes the input no article, and reads on to find any other such problem. */
export function problem(path: string, rule: string): undefined {
  const at = sourcePath(path);
  current.problems.push({ message: `${at} ${rule}`, path: at });
  return undefined;
}

/** Stops at a problem that leaves nothing more to read; the error names it and any found before. */
export function fail(path: string, rule: string): never {
  problem(path, rule);
  throw FolioInputError.of(current.problems);
}

/** Reports a repair or a drop; the message starts with the field's path. */
export function warn(path: string, what: string): void {
  const at = sourcePath(path);
  current.onWarning({ message: `${at} ${what}`, path: at });
}

/** Reports a warning whose message names the path itself. */
export function report(path: string, message: string): void {
  current.onWarning({ message, path: sourcePath(path) });
}
