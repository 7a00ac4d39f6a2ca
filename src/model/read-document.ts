/**
 * The step every entry shares: read a document with its format's reader (handed in: imported by
 * the synchronous entry, loaded by the elements'), or as Folio Article JSON. A document that is
 * neither is refused first, by `refusal` (foreign-formats.ts), which the elements load only then.
 */
import type { Article } from './article.js';
import { formatOf } from './formats.js';
import { looksLikeFolio, readFolio, readMapped } from './read-article.js';
import type { FormatReader } from './read-article.js';
import type { Reading } from './reading.js';

/** True for a document Folio will refuse: in no format it reads, and not like Folio JSON. */
export const isRefused = (input: unknown): boolean => !formatOf(input) && !looksLikeFolio(input);

/** Reads `input` with its format's reader `map`, or as Folio Article JSON. */
export const readDocument = (reading: Reading, input: unknown, map?: FormatReader): Article =>
  map ? readMapped(reading, map(reading, input)) : readFolio(reading, input);

/**
 * The name of the format `input` is in (`"Ghost"`, `"schema.org"`, `"Folio"`), or `undefined` for
 * a document Folio does not read: for tools that sort documents, such as a corpus report.
 */
export const formatName = (input: unknown): string | undefined =>
  formatOf(input)?.name ?? (looksLikeFolio(input) ? 'Folio' : undefined);
