// Stands in for an older Folio on the page that defined the tags first.
for (const tag of ['folio-article', 'folio-share-bar', 'folio-related']) {
  customElements.define(
    tag,
    class OlderFolio extends HTMLElement {
      connectedCallback() {
        this.textContent = 'An older Folio';
      }
    },
  );
}
