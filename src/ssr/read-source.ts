/// <reference types="node" />
/**
 * What the `folio-embed render` command reads: a file, standard input, or an http(s) URL, each
 * with the limits of an element's `src` (the size counted after decompression, a time limit for
 * the whole answer, a JSON content type). Nothing else is read: a source with any other scheme is
 * refused, never tried as a file.
 */
import { open } from 'node:fs/promises';
import { DEFAULT_TIMEOUT, MAX_BYTES } from '../internal/source.js';

export interface SourceLimits {
  /** The most bytes read, after decompression. */
  maxBytes: number;
  /** The time allowed for an answer, body included, in milliseconds. */
  timeout: number;
}

export const SOURCE_LIMITS: SourceLimits = { maxBytes: MAX_BYTES, timeout: DEFAULT_TIMEOUT };

/** An error whose message is the whole story, with what caused it appended. */
export class SourceError extends Error {}

/** `application/json`, and the JSON types of feeds and JSON-LD (`application/feed+json`, `application/ld+json`). */
const JSON_TYPE = /^(?:application|text)\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** The text of `source` (a path, `-` for standard input, or an http(s) URL), and the URL it came from. */
export async function readSource(
  source: string,
  limits: SourceLimits,
): Promise<{ text: string; url?: string }> {
  if (source === '-') return { text: await readStream(process.stdin, limits.maxBytes, 'Standard input') };
  if (/^https?:\/\//i.test(source)) return fetchText(source, limits);
  // A scheme of one letter is a Windows drive (`C:\…`), a path.
  if (/^[a-z][a-z\d+.-]+:/i.test(source)) {
    throw new SourceError(
      `Could not load ${source}: only http(s) URLs are loaded; name a local file by its path.`,
    );
  }
  const file = await open(source).catch((cause: Error) => {
    throw new SourceError(`Could not read ${source}: ${cause.message}.`, { cause });
  });
  try {
    return { text: await readStream(file.createReadStream(), limits.maxBytes, source) };
  } finally {
    await file.close();
  }
}

async function fetchText(source: string, { maxBytes, timeout }: SourceLimits) {
  const signal = AbortSignal.timeout(timeout);
  const failed = (why: string, cause?: unknown) =>
    new SourceError(`Could not load ${source}: ${why}.`, { cause });
  try {
    const response = await fetch(source, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw failed(`the server answered ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type');
    if (type && !JSON_TYPE.test(type)) {
      throw failed(`the server sent ${type.split(';')[0]}, not JSON (application/json or another JSON type)`);
    }
    if (Number(response.headers.get('content-length')) > maxBytes) throw failed(tooLarge(maxBytes));
    const text = response.body ? await readStream(response.body, maxBytes, source) : '';
    return { text, url: response.url || source };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (signal.aborted) throw failed(`no complete answer within ${timeout / 1000} s`, error);
    // fetch says only "fetch failed": the reason is its cause (ECONNREFUSED, ENOTFOUND…).
    const cause = (error as Error).cause as Error | undefined;
    throw failed(cause?.message ?? (error as Error).message, error);
  }
}

/** Reads a stream of bytes as UTF-8, refusing it as soon as it passes `maxBytes`. */
async function readStream(stream: AsyncIterable<Uint8Array>, maxBytes: number, name: string) {
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new SourceError(`Could not read ${name}: ${tooLarge(maxBytes)}.`);
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

const tooLarge = (maxBytes: number) =>
  `it is larger than the limit of ${maxBytes} bytes (raise it with --max-bytes)`;
