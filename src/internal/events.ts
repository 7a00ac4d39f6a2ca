/** Every Folio event is a `CustomEvent` that bubbles out of shadow roots; names start with `folio-`. */

/** Fires `name` from `target`; returns false when a listener cancelled a cancelable event. */
export function emit<T>(
  target: EventTarget,
  name: `folio-${string}`,
  detail: T,
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

declare global {
  interface GlobalEventHandlersEventMap {
    // Declared here, as every element fires it: importing any one element types it.
    'folio-error': CustomEvent<FolioErrorDetail>;
  }
}
