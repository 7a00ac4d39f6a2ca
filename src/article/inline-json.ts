/**
 * The article a page prints inside `<folio-article>` as `<script type="application/json">`, read at
 * once (a server-rendered article is taken over in its first update).
 */
import type { Article } from '../model/article.js';
import { markRead } from '../model/read-again.js';
import { readJson } from '../internal/json.js';
import { readArticle } from '../internal/read.js';
import type { Reader } from '../internal/read.js';

/**
 * Marks the inline JSON Folio's server writes: an article Folio has read, whose text is decoded
 * already. The client reads it as any input (URLs through the guard, HTML sanitized), but does not
 * decode its text a second time, so the page reads the same before and after its script runs.
 */
export const NORMALIZED_MARK = 'data-folio-normalized';

/** The text of an inline script, and whether it bears `NORMALIZED_MARK`. */
export interface InlineJson {
  text: string;
  normalized: boolean;
}

/** Inline JSON, read at once. JSON that does not parse fails once the scanner that says where it stops has loaded. */
export const readInline: Reader<Article> = (input, options) => {
  const { text, normalized } = input as InlineJson;
  const read = (json: unknown) => readArticle(normalized ? markRead(json) : json, options);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return readJson(text).then(read, (error: Error) => {
      throw new Error(`The inline <script type="application/json"> is not valid JSON: ${error.message}.`);
    });
  }
  return read(json);
};
