/**
 * How every element reads its input: the one step between the input and the model. What reading
 * needs may load on demand (DOMPurify where the browser has no sanitizer of its own, the reader of
 * a format other than Folio's own), so a read takes effect at once when all of it has loaded, and
 * otherwise once it arrives, showing the loading state meanwhile. A read that needs nothing new stays synchronous: no extra render, and
 * a server (Lit renders there synchronously) shows the content at once.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Article, RelatedItem } from '../model/article.js';
import { FolioInputError } from '../model/errors.js';
import { normalizeSoon } from '../model/normalize-async.js';
import type { FolioWarning, NormalizeOptions } from '../model/reading.js';
import { isJsonFeed } from '../model/formats.js';
import { readRelatedItems, readRelatedSource } from '../model/related.js';
import type { FolioErrorDetail } from './events.js';
import { onDemand } from './on-demand.js';
import { htmlToText, sanitizerReady } from './sanitize.js';

/** What an element shows: nothing yet, a loading state, content (and what was repaired or left out of it), or an error. */
export type Loaded<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T; warnings: FolioWarning[]; /** The address it came from. */ src?: string }
  | {
      status: 'error';
      error: FolioErrorDetail;
      /** Loads again: the "Try again" button. */
      retry?: () => void;
      /** The error came back after "Try again", so the reader is still at that button. */
      retried?: boolean;
    };

/** Reads input into what an element shows: at once, or (a promise) once what it needs has loaded. */
export type Reader<T> = (input: unknown, options: NormalizeOptions) => T | Promise<T>;

/** Runs `read` now when nothing is loading, else once every load is done. */
function afterLoading<T>(loads: (Promise<void> | undefined)[], read: () => T | Promise<T>): T | Promise<T> {
  const pending = loads.filter(Boolean);
  return pending.length ? Promise.all(pending).then(read) : read();
}

/**
 * An article in any format the elements read, once the sanitizer it needs has loaded: Folio's own
 * JSON at once, any other format once its reader has loaded too.
 */
export const readArticle: Reader<Article> = (input, options) =>
  afterLoading([sanitizerReady()], () => normalizeSoon(input, options));

/** `<folio-related>`'s `items`. */
export const readItems: Reader<RelatedItem[]> = (input, options) =>
  afterLoading([sanitizerReady()], () => readRelatedItems(input, options));

/** The JSON Feed reader, loaded with the first feed `<folio-related src>` gets. */
const feedReader = onDemand('JSON Feed reader', () => import('../model/adapters/json-feed.js'));
const feedReaderReady = (input: unknown) =>
  isJsonFeed(input) && !feedReader.loaded ? feedReader.load().then(() => {}) : undefined;

/** What `<folio-related src>` loads: items, an article's `related`, or a feed. */
export const readItemsSource: Reader<RelatedItem[]> = (input, options) =>
  afterLoading([sanitizerReady(), feedReaderReady(input)], () => readRelatedSource(input, options, feedReader.loaded?.mapJsonFeedItems));

/**
 * Reads `input` with `read`, gathering its warnings, and turns a thrown error (a failed load
 * included) into an error state with its message and path. `src` is the address the input came from.
 */
export function attempt<T>(read: Reader<T>, input: unknown, src?: string): Loaded<T> | Promise<Loaded<T>> {
  const warnings: FolioWarning[] = [];
  const ready = (value: T): Loaded<T> => ({ status: 'ready', value, warnings, src });
  const failed = (cause: unknown): Loaded<T> => ({ status: 'error', error: describeError(cause) });
  try {
    const value = read(input, { src, htmlToText, onWarning: (warning) => warnings.push(warning) });
    return value instanceof Promise ? value.then(ready, failed) : ready(value);
  } catch (cause) {
    return failed(cause);
  }
}

function describeError(cause: unknown): FolioErrorDetail {
  if (cause instanceof FolioInputError) return { message: cause.message, path: cause.path, cause };
  if (cause instanceof RangeError)
    return { message: 'The input is too large or too deeply nested to read.', cause };
  return { message: cause instanceof Error ? cause.message : String(cause), cause };
}

/** Reads still under way, per element: its `updateComplete` waits for them (`readsComplete`). */
const underway = new WeakMap<ReactiveControllerHost, Set<Promise<unknown>>>();

/** Keeps `host`'s `updateComplete` waiting until `read` has settled (and asked for its render). */
export function whileReading(host: ReactiveControllerHost, read: Promise<unknown>): void {
  let reads = underway.get(host);
  if (!reads) underway.set(host, (reads = new Set()));
  const done = read.finally(() => reads.delete(done));
  reads.add(done);
}

/**
 * `updateComplete` for an element that reads asynchronously: resolves once it has rendered what
 * it has in hand, reads under way included (a request still on the network is not in hand). An
 * element returns this from `getUpdateComplete`, so `await el.updateComplete` still means "rendered".
 */
export async function readsComplete(
  host: ReactiveControllerHost,
  updated: () => Promise<boolean>,
): Promise<boolean> {
  let result = await updated();
  for (let reads = underway.get(host); reads?.size; reads = underway.get(host)) {
    await Promise.all(reads);
    result = await updated();
  }
  return result;
}

/**
 * An element's input given directly (a property, inline JSON), read into what it shows. A new
 * input while one is still being read wins: the older read's result is dropped. Content already
 * shown stays until the new input is read, so a new article replaces the old one without a flash
 * of the loading state.
 */
export class InputReader<T> {
  /** The current state; the host renders again whenever a read it waited for ends. */
  state: Loaded<T> = { status: 'idle' };
  #turn = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reader: Reader<T>,
  ) {}

  /** Reads `input`; `undefined` is no input. Call it while the host updates (`willUpdate`). */
  read(input: unknown): void {
    const turn = ++this.#turn;
    const state = input === undefined ? { status: 'idle' as const } : attempt(this.reader, input);
    if (!(state instanceof Promise)) return void (this.state = state);
    if (this.state.status !== 'ready') this.state = { status: 'loading' };
    const settled = state.then((state) => {
      if (turn !== this.#turn) return;
      this.state = state;
      this.host.requestUpdate();
    });
    whileReading(this.host, settled);
  }
}
