/**
 * Registers a custom element once. A page that loads Folio twice (two copies of the bundle, or
 * an older copy first) keeps the first definition instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
