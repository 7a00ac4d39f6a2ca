// The seed page's script: loads the drop-in bundle as a script tag does, then sets `seed.done`
// once the article, its share bar and its carousel have rendered.
const script = Object.assign(document.createElement('script'), {
  type: 'module',
  src: new URLSearchParams(location.search).get('bundle'),
});
document.head.append(script);

const article = document.querySelector('folio-article');
window.seed = { done: false, error: undefined, files };
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

/**
 * The paths of the JavaScript files the page fetched (its own script aside), once none has
 * arrived for a while: a file asked for after the render (a share mark, say) counts too.
 */
async function files() {
  const paths = () =>
    performance
      .getEntriesByType('resource')
      .map(({ name }) => new URL(name).pathname)
      .filter((path) => path.endsWith('.js') && !path.startsWith('/bench/pages/'));
  for (let count = -1; count !== paths().length;) {
    count = paths().length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return paths().map((path) => path.slice(1));
}
