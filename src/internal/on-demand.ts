/**
 * Parts of Folio that a page loads only when it needs them (`import()`): a file of its own next to
 * the entry, fetched once. A failed load is tried again the next time the part is needed.
 */
export interface OnDemand<T> {
  /** The part, once loaded. */
  readonly loaded: T | undefined;
  /** Loads the part (once); rejects with an error that names it and what to do. */
  load(): Promise<T>;
}

/** `name` says what the part is, for the error a reader sees when it cannot load. */
// Creating one loads nothing: a bundle that never asks for the part leaves it out.
/* @__NO_SIDE_EFFECTS__ */
export function onDemand<T>(name: string, load: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load: () =>
      (loading ??= load().then(
        (part) => (loaded = part),
        (cause: unknown) => {
          loading = undefined;
          const why = cause instanceof Error ? cause.message : String(cause);
          throw new Error(
            `Folio could not load its ${name} (${why}). Serve every file the build writes beside folio.js, with the integrity the build gives each.`,
            { cause },
          );
        },
      )),
  };
}
