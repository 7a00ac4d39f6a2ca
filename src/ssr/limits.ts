/**
 * What one server render may hold. A server renders whatever it is handed, for every request, so
 * an input far larger than any article (a million related items, tens of thousands of paragraphs)
 * is refused with an error that says which limit it passed, before it can take the process's time
 * and memory.
 */
import type { Article } from '../model/article.js';
import { FolioInputError } from '../model/errors.js';
import { MAX_BYTES } from '../internal/source.js';

/** The most one render may hold; `renderArticle`'s `limits` option raises or lowers each. */
export interface RenderLimits {
  /** Bytes of the input written as JSON (UTF-8). Default: 5 MB, as for an element's `src`. */
  maxBytes: number;
  /** Blocks of the body, each item of a list counted as one. Default: 2,000. */
  maxBlocks: number;
  /** Related articles. Default: 200. */
  maxRelated: number;
}

export const DEFAULT_LIMITS: RenderLimits = { maxBytes: MAX_BYTES, maxBlocks: 2_000, maxRelated: 200 };

const tooLarge = (path: string, what: string, option: keyof RenderLimits) =>
  new FolioInputError(
    `${path} is too large to render: ${what}. Shorten it, or raise the limits.${option} option of renderArticle.`,
    path,
  );

/**
 * Refuses an input larger than `limits.maxBytes` as JSON. An input that cannot be written as JSON
 * (a cycle) passes, for the reader to report.
 */
export function checkInputSize(input: unknown, { maxBytes }: RenderLimits): void {
  let size: number;
  try {
    const json = JSON.stringify(input) ?? '';
    // A UTF-16 unit is at least one UTF-8 byte: only a string short enough in units needs counting.
    size = json.length > maxBytes ? json.length : utf8Length(json);
  } catch (error) {
    // Past the longest string the engine can make; anything else (a cycle) is for the reader to report.
    if (!(error instanceof RangeError)) return;
    size = Infinity;
  }
  if (size > maxBytes) throw tooLarge('The document', `more than ${megabytes(maxBytes)} of JSON`, 'maxBytes');
}

/** Refuses an article with more blocks or related articles than `limits` allow. */
export function checkArticleSize(article: Article, { maxBlocks, maxRelated }: RenderLimits): void {
  const blocks = article.body.reduce(
    (sum, block) => sum + (block.type === 'list' ? block.items.length : 1),
    0,
  );
  if (blocks > maxBlocks) throw tooLarge('body', `${blocks} blocks, more than ${maxBlocks}`, 'maxBlocks');
  const related = article.related.length;
  if (related > maxRelated)
    throw tooLarge('related', `${related} articles, more than ${maxRelated}`, 'maxRelated');
}

const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
