/** Every Folio event is a `CustomEvent` that bubbles out of shadow roots; names start with `folio-`. */
import type { FolioWarning } from '../model/reading.js';

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

/** `folio-warning` detail: each part of the input that was repaired or left out, with its path. */
export interface FolioWarningDetail {
  warnings: FolioWarning[];
}

/** Fires `folio-error` with `error` and writes it to the console: a warning, as the element shows it and the page goes on. */
export function reportError(host: HTMLElement, error: FolioErrorDetail): void {
  console.warn(`Folio: <${host.localName}> ${error.message}`);
  emit<FolioErrorDetail>(host, 'folio-error', error);
}

/** Fires `folio-warning` with `warnings` and writes them to the console. */
export function reportWarnings(host: HTMLElement, warnings: FolioWarning[]): void {
  console.warn(`Folio: <${host.localName}> ${warnings.map(({ message }) => message).join('\n')}`);
  emit<FolioWarningDetail>(host, 'folio-warning', { warnings });
}

declare global {
  interface GlobalEventHandlersEventMap {
    // Declared here, as every element fires them: importing any one element types them.
    'folio-error': CustomEvent<FolioErrorDetail>;
    'folio-warning': CustomEvent<FolioWarningDetail>;
  }
}
