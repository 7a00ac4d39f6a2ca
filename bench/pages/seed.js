// The seed page's script: loads the drop-in bundle as a script tag does, then sets `seed.done`
// once the article, its share bar and its carousel have rendered.
const script = Object.assign(document.createElement('script'), {
  type: 'module',
  src: new URLSearchParams(location.search).get('bundle'),
});
document.head.append(script);

const article = document.querySelector('folio-article');
window.seed = { done: false, error: undefined };
article.addEventListener('folio-error', ({ detail }) => (window.seed.error = detail.message));
article.addEventListener('folio-load', async () => {
  await article.updateComplete;
  for (const name of ['folio-share-bar', 'folio-related']) {
    const element = article.shadowRoot.querySelector(name);
    if (!element) return void (window.seed.error = `no <${name}>`);
    await element.updateComplete;
  }
  window.seed.done = true;
});
