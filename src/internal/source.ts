/**
 * Loads JSON from a `src` attribute for an element: one request at a time (a new `src` aborts the
 * old one, so the last one wins), a timeout, a size limit, and errors a reader understands.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../model/url.js';
import { readJson } from './json.js';
import { attempt, whileReading } from './read.js';
import type { Loaded, Reader } from './read.js';

/** Responses larger than this are refused: an article is never megabytes of JSON. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** The default time allowed for a response, in milliseconds. */
export const DEFAULT_TIMEOUT = 15_000;

class LoadError extends Error {}

export class SourceController<T> implements ReactiveController {
  /** The current state; the host re-renders whenever it changes. */
  state: Loaded<T> = { status: 'idle' };

  #request?: AbortController;
  #last?: [src: string, timeout: unknown];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: Reader<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A request cut short by a move in the DOM starts again.
    if (this.state.status === 'loading' && this.#last) this.load(...this.#last);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /**
   * Fetches `src` (or goes idle when there is none), cancelling any request still running. Every
   * failure, an answer of the wrong shape included, can be tried again.
   */
  load(src: string | undefined, timeout: unknown = DEFAULT_TIMEOUT): void {
    this.#load(src, timeout, false);
  }

  /** `retried`: loading again from "Try again", so an error that comes back keeps focus on it. */
  #load(src: string | undefined, timeout: unknown, retried: boolean): void {
    this.#request?.abort();
    this.#request = undefined;
    if (!src) return this.#set({ status: 'idle' });
    this.#last = [src, timeout];
    const request = (this.#request = new AbortController());
    const retry = () => this.#load(src, timeout, true);
    this.#set({ status: 'loading' });
    const limit = timeLimit(timeout);
    const timer = setTimeout(
      () => request.abort(new LoadError(`the server did not answer within ${seconds(limit)}`)),
      limit,
    );
    const show = (state: Loaded<T>) => {
      clearTimeout(timer);
      // Replaced by a newer `src`, or cut short by a move in the DOM (which loads again).
      if (request.signal.aborted && !(request.signal.reason instanceof LoadError)) return;
      this.#set(state.status === 'error' ? { ...state, retry, retried } : state);
    };
    this.#fetch(src, request.signal).then(
      ({ json, url }) => {
        const state = attempt(this.read, json, url);
        if (!(state instanceof Promise)) return show(state);
        // What arrived is in hand: the host's `updateComplete` waits until it is read and shown.
        whileReading(this.host, state.then(show));
      },
      (thrown: unknown) => {
        // Aborted by the timer, the request rejects with the reason in some browsers, an AbortError in others.
        const cause = request.signal.reason instanceof LoadError ? request.signal.reason : thrown;
        const why = cause instanceof LoadError ? cause.message : 'the network request failed';
        show({ status: 'error', error: { message: `Could not load ${src}: ${why}.`, cause } });
      },
    );
  }

  /** The JSON at `src`, and the address it came from (after any redirect). */
  async #fetch(src: string, signal: AbortSignal): Promise<{ json: unknown; url: string }> {
    const url = safeUrl(src, document.baseURI);
    if (!url || url.startsWith('mailto:')) throw new LoadError('only http(s) URLs can be loaded');
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok)
      throw new LoadError(`the server answered ${response.status} ${response.statusText}`.trim());
    const body = await readLimited(response, signal);
    if (!body.trim()) throw new LoadError('the server sent an empty response');
    try {
      return { json: await readJson(body), url: response.url || url };
    } catch (error) {
      throw new LoadError(`the response is not valid JSON (${(error as Error).message})`);
    }
  }

  #set(state: Loaded<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/** Reads the body as text, stopping as soon as it passes `MAX_BYTES`. */
async function readLimited(response: Response, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) throw new LoadError(tooLarge());
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    signal.throwIfAborted();
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw new LoadError(tooLarge());
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** `timeout` when it is a usable number of milliseconds; the default otherwise. */
function timeLimit(timeout: unknown): number {
  if (typeof timeout !== 'number' || !(timeout > 0)) return DEFAULT_TIMEOUT;
  return Math.min(timeout, 2 ** 31 - 1); // longer delays overflow setTimeout and fire at once
}

const seconds = (ms: number) => `${ms / 1000} second${ms === 1000 ? '' : 's'}`;

const tooLarge = () => `the response is larger than the ${MAX_BYTES / 1024 / 1024} MB limit`;
