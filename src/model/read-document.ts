/**
 * The step every entry shares: tell the document's format without guessing, then read it with
 * that format's reader (handed in: imported by the synchronous entry, loaded by the elements'),
 * or as Folio Article JSON when it looks like it.
 */
import type { Article } from './article.js';
import { FolioInputError } from './errors.js';
import { FORMATS, FORMAT_NAMES, foreignFormat } from './formats.js';
import type { Format } from './formats.js';
import { looksLikeFolio, readFolio, readMapped } from './read-article.js';
import type { Mapped } from './read-article.js';

/**
 * The format `input` is in, or `undefined` for Folio Article JSON.
 * @throws {FolioInputError} for a document Folio does not read, naming what it looks like.
 */
export function formatOf(input: unknown): Format | undefined {
  const format = FORMATS.find(({ test }) => test(input));
  if (format) return format;
  const foreign = foreignFormat(input);
  if (foreign || !looksLikeFolio(input)) {
    const what = foreign ? `This is ${foreign}, which is` : 'The document is';
    throw FolioInputError.of([{ message: `${what} in no format Folio reads. Folio reads ${FORMAT_NAMES}.` }]);
  }
  return undefined;
}

/**
 * The name of the format `input` is in (`"Ghost"`, `"schema.org"`, `"Folio"`), or `undefined` for
 * a document Folio does not read: for tools that sort documents, such as a corpus report.
 */
export function formatName(input: unknown): string | undefined {
  try {
    return formatOf(input)?.name ?? 'Folio';
  } catch {
    return undefined;
  }
}

/** Reads `input` with its format's reader `map`, or as Folio Article JSON when there is none. */
export const readDocument = (input: unknown, map?: (input: unknown) => Mapped): Article =>
  map ? readMapped(map(input)) : readFolio(input);
