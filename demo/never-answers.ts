/**
 * The gallery shows Folio's loading state, which needs a request that never finishes, and a
 * static host cannot serve one. So the demo answers this one URL itself, with a response that
 * only ends when Folio gives up on it; every other request goes to the network untouched.
 */
export const NEVER_ANSWERS = new URL('never-answers.json', document.baseURI).href;

/** Makes requests for `NEVER_ANSWERS` wait until they are aborted. The demo calls it once, as it starts. */
export function holdNeverAnswers(): void {
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (input, init) => {
    if (String(input) !== NEVER_ANSWERS) return fetchFromNetwork(input, init);
    return new Promise((_, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}
