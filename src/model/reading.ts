/**
 * A reading of an input, handed to every reader as its first parameter: the tools and callbacks
 * the caller handed in, how the paths of the Folio input an adapter made map back to the fields of
 * the document it read, and the problems found. Nothing of a reading lives in this module (only
 * the defaults, set once by the Node entry), so a reading inside another is one of its own, and a
 * reader that throws leaves no state behind.
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

/** One reading of an input (see above). */
export interface Reading {
  readonly src?: string;
  readonly htmlToText: (html: string) => string;
  readonly namedReference?: NamedReference;
  readonly onWarning: (warning: FolioWarning) => void;
  readonly paths: SourcePaths;
  /** The length of the longest of `paths`' keys: a longer prefix is not looked up. */
  readonly longest: number;
  /** What makes the input no article, gathered so that the error names them all. */
  readonly problems: FolioProblem[];
  /** The text read is Folio's own output, decoded once already (`readAgain`): it is taken as it is. */
  readonly decoded?: boolean;
}

/** What a caller does not hand in: set once, by the model's Node entry (`useNamedReferences`). */
const defaults: { htmlToText: (html: string) => string; namedReference?: NamedReference } = { htmlToText: stripTags };

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

/**
 * Runs `read` on a new reading with `options`.
 * @throws {FolioInputError} listing the problems `read` reported.
 */
export function withReading<T>(options: NormalizeOptions, read: (reading: Reading) => T): T {
  const reading: Reading = {
    src: options.src,
    htmlToText: options.htmlToText ?? defaults.htmlToText,
    namedReference: defaults.namedReference,
    onWarning: options.onWarning ?? logWarning,
    paths: {},
    longest: 0,
    problems: [],
  };
  const value = read(reading);
  if (reading.problems.length) throw FolioInputError.of(reading.problems);
  return value;
}

/**
 * `reading` with the fields of the Folio input an adapter made named by where they came from,
 * `paths`; what it finds wrong is reported with the reading's other problems.
 */
export const withPaths = (reading: Reading, paths: SourcePaths): Reading => ({
  ...reading,
  paths,
  longest: Object.keys(paths).reduce((max, key) => Math.max(max, key.length), 0),
});

/**
 * Character references decoded once, from HTML's whole set: a name outside the common few is read
 * by the table the caller handed in, else by `htmlToText` (the platform's own parser, in a browser).
 */
export const decodeText = (reading: Reading, text: string): string =>
  reading.decoded
    ? text
    : decodeReferences(text, reading.namedReference ?? ((name) => parsedReference(reading, name)));

/** `reading`, with its text taken as decoded already. */
export const asDecoded = (reading: Reading): Reading => ({ ...reading, decoded: true });

/** A name as the reading's HTML reader decodes it; a name it leaves as written, or reads as more than a character or two, is none. */
function parsedReference(reading: Reading, name: string): string | undefined {
  const text = reading.htmlToText(`&${name};`);
  return text && text !== `&${name};` && [...text].length <= 2 ? text : undefined;
}

/** `html` as the text a reader sees, on one line. */
export const toText = (reading: Reading, html: string): string => reading.htmlToText(html);

/** The path of the field in the document read: `image.width` may come from `_embedded.wp:featuredmedia[0].media_details.width`. */
export function sourcePath({ paths, longest }: Reading, path: string): string {
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
export function problem(reading: Reading, path: string, rule: string): undefined {
  const at = sourcePath(reading, path);
  reading.problems.push({ message: `${at} ${rule}`, path: at });
  return undefined;
}

/** Stops at a problem that leaves nothing more to read; the error names it and any found before. */
export function fail(reading: Reading, path: string, rule: string): never {
  problem(reading, path, rule);
  throw FolioInputError.of(reading.problems);
}

/** Reports a repair or a drop; the message starts with the field's path. */
export function warn(reading: Reading, path: string, what: string): void {
  const at = sourcePath(reading, path);
  reading.onWarning({ message: `${at} ${what}`, path: at });
}

/** Reports a warning whose message names the path itself. */
export function report(reading: Reading, path: string, message: string): void {
  reading.onWarning({ message, path: sourcePath(reading, path) });
}
