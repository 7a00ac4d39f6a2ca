/**
 * The state of one reading of an input: the tools and callbacks the caller handed in, and how the
 * paths of the Folio input an adapter made map back to the fields of the document it read. The
 * readers are synchronous, so one reading at a time is current; `withReading` restores the outer
 * one when it ends.
 */
import { FolioInputError } from './errors.js';
import { stripTags } from './html-text.js';

/** A part of the input that was repaired or left out, with the path of the field. */
export interface FolioWarning {
  message: string;
  path: string;
}

/** How `normalizeArticle` and the adapters read an input. */
export interface NormalizeOptions {
  /**
   * Reads HTML as the text a reader sees (titles and excerpts that arrive as HTML). The elements
   * hand in the sanitizer's, which parses HTML as a browser does; the default, for plain Node,
   * strips tags and decodes character references.
   */
  htmlToText?: (html: string) => string;
  /** Called for each repair or drop; the default writes it to the console. */
  onWarning?: (warning: FolioWarning) => void;
}

/** Where the fields of the Folio input came from: `{ published: 'items[0].date_published' }`. */
export type SourcePaths = Record<string, string>;

interface Reading {
  htmlToText: (html: string) => string;
  onWarning: (warning: FolioWarning) => void;
  paths: SourcePaths;
}

const logWarning = ({ message }: FolioWarning) => console.warn(`Folio: ${message}`);

let current: Reading = { htmlToText: stripTags, onWarning: logWarning, paths: {} };

/** Runs `read` with `options` (and `paths`, when given) as the current reading. */
export function withReading<T>(options: NormalizeOptions & { paths?: SourcePaths }, read: () => T): T {
  const outer = current;
  current = {
    htmlToText: options.htmlToText ?? outer.htmlToText,
    onWarning: options.onWarning ?? outer.onWarning,
    paths: options.paths ?? outer.paths,
  };
  try {
    return read();
  } finally {
    current = outer;
  }
}

/** `html` as the text a reader sees, on one line. */
export const toText = (html: string): string => current.htmlToText(html);

/** The path of the field in the document read: `image.width` may come from `_embedded.wp:featuredmedia[0].media_details.width`. */
export function sourcePath(path: string): string {
  for (let prefix = path; prefix; prefix = prefix.replace(/(?:\.[^.[]*|\[\d+\])$/, '')) {
    const source = current.paths[prefix];
    if (source !== undefined) return source + path.slice(prefix.length);
    if (!/[.[]/.test(prefix)) break;
  }
  return path;
}

/** Throws a `FolioInputError` whose message starts with the field's path. */
export function fail(path: string, rule: string): never {
  const at = sourcePath(path);
  throw new FolioInputError(`${at} ${rule}`, at);
}

/** Reports a repair or a drop; the message starts with the field's path. */
export function warn(path: string, what: string): void {
  const at = sourcePath(path);
  current.onWarning({ message: `${at} ${what}`, path: at });
}
