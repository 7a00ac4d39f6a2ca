/** Every Folio event is a `CustomEvent` that bubbles out of shadow roots; names start with `folio-`. */
import type { FolioWarning } from '../model/reading.js';

/**
 * The events map: each element declares the events it fires in `GlobalEventHandlersEventMap`
 * (which types `addEventListener` for pages), and `emit` reads each event's detail type from there.
 */
export type FolioEventName = Extract<keyof GlobalEventHandlersEventMap, `folio-${string}`>;

/** The detail of the Folio event `K`. */
export type FolioEventDetail<K extends FolioEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires the Folio event `name` from `target`; returns false when a listener cancelled a cancelable event. */
export function emit<K extends FolioEventName>(
  target: EventTarget,
  name: K,
  detail: FolioEventDetail<K>,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

/** `folio-error` detail: what is wrong, where in the input, and the underlying error. */
export interface FolioErrorDetail {
  message: string;
  path?: string;
  cause?: unknown;
}

/** `folio-warning` detail: each part of the input that was repaired or left out, with its path. */
export interface FolioWarningDetail {
  warnings: FolioWarning[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    // Declared here, as every element fires them: importing any one element types them.
    'folio-error': CustomEvent<FolioErrorDetail>;
    'folio-warning': CustomEvent<FolioWarningDetail>;
  }
}
