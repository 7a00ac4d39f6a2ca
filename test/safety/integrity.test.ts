/**
 * Script-tag users pin dist/folio.js with Subresource Integrity: `npm run build` writes the value
 * to dist/folio.js.sri, and pins the files folio.js loads on demand in dist/folio.importmap.json.
 * The test server serves the bundle, those files and those values from the same build.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { BUNDLE } from './pages/open.js';

const article = '<folio-article><script type="application/json">{"title": "Pinned"}</script></folio-article>';

/** The `sha384-…` integrity of `bytes`, computed by the browser itself. */
async function sha384(bytes: BufferSource) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

let frame: HTMLIFrameElement | undefined;

/**
 * A host page in a frame of its own (a fresh module map and registry) that loads the drop-in the
 * way the README shows, pinned to `integrity`. Resolves with the script's `load` or `error` event.
 */
async function host(integrity: string) {
  frame = document.createElement('iframe');
  document.body.append(frame);
  const page = frame.contentWindow as Window & typeof globalThis;
  page.document.body.innerHTML = article;
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = BUNDLE;
  script.integrity = integrity;
  script.crossOrigin = 'anonymous';
  const outcome = new Promise<string>((resolve) => {
    script.addEventListener('load', () => resolve('load'));
    script.addEventListener('error', () => resolve('error'));
  });
  page.document.head.append(script);
  return { page, outcome: await outcome };
}

/** dist/folio.importmap.json with its `./` made the folder the files are served from, as the README says. */
async function importMap(folder: string) {
  const { integrity } = (await fetch(`${BUNDLE}`.replace(/folio\.js$/, 'folio.importmap.json')).then((r) =>
    r.json(),
  )) as { integrity: Record<string, string> };
  return {
    integrity: Object.fromEntries(
      Object.entries(integrity).map(([file, hash]) => [
        new URL(file, new URL(folder, location.href)).href,
        hash,
      ]),
    ),
  };
}

/**
 * A host page in a frame of its own that pins every file with the import map, loads folio.js from
 * `folder` and shows inline JSON that does not parse: reporting where it goes wrong loads a file on
 * demand, and so does speaking `lang` (a language file). Resolves with the alert's text.
 */
async function pinnedHost(folder: string, lang = 'en') {
  frame = document.createElement('iframe');
  document.body.append(frame);
  const page = frame.contentWindow as Window & typeof globalThis;
  const map = page.document.createElement('script');
  map.type = 'importmap';
  map.textContent = JSON.stringify(await importMap(folder));
  page.document.head.append(map);
  page.document.body.innerHTML = `<folio-article lang="${lang}"><script type="application/json">{"title": "Pinned",}</script></folio-article>`;
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = `${folder}folio.js`;
  page.document.head.append(script);
  const element = page.document.querySelector('folio-article')!;
  const alert = await until(() => element.shadowRoot?.querySelector('[role="alert"]'), 5000);
  return alert.textContent!;
}

describe('the drop-in pinned with Subresource Integrity', () => {
  afterEach(() => frame?.remove());

  it('the integrity the build writes is the sha384 of the bundle it serves', async () => {
    const [code, integrity] = await Promise.all([
      fetch(BUNDLE).then((response) => response.arrayBuffer()),
      fetch(`${BUNDLE}.sri`).then((response) => response.text()),
    ]);
    expect(integrity.trim()).to.equal(await sha384(code));
  });

  it('with the right integrity, the script loads and the article renders', async () => {
    const integrity = await fetch(`${BUNDLE}.sri`).then((response) => response.text());
    const { page, outcome } = await host(integrity.trim());
    expect(outcome).to.equal('load');
    const element = page.document.querySelector('folio-article')!;
    const title = await until(() => element.shadowRoot?.querySelector('h1'));
    expect(title.textContent).to.equal('Pinned');
  });

  it('with a wrong one (the file changed), the browser refuses it: the error event fires, nothing is defined', async () => {
    const { page, outcome } = await host(await sha384(new TextEncoder().encode('an older folio.js')));
    expect(outcome).to.equal('error');
    // What the README tells hosts to watch for: the element never gets defined.
    const defined = await Promise.race([
      page.customElements.whenDefined('folio-article').then(() => true),
      new Promise((resolve) => setTimeout(resolve, 300, false)),
    ]);
    expect(defined).to.equal(false);
    expect(page.document.querySelector('folio-article')!.shadowRoot).to.equal(null);
  });

  it('the import map the build writes pins folio.js and every file it loads, each by its sha384', async () => {
    const { integrity } = await importMap('/__folio/bundle/');
    const files = Object.keys(integrity);
    expect(files.map((url) => new URL(url).pathname)).to.include('/__folio/bundle/folio.js');
    expect(files.length).to.be.above(1);
    for (const [url, hash] of Object.entries(integrity)) {
      expect(hash, url).to.equal(await sha384(await fetch(url).then((response) => response.arrayBuffer())));
    }
  });

  it('pinned by the import map, a file loaded on demand runs: the error gives its line and column', async () => {
    expect(await pinnedHost('/__folio/bundle/')).to.contain('at line 1, column 20');
  });

  it('pinned by the import map, a language file loads by its stable name: the error speaks French', async () => {
    const text = await pinnedHost('/__folio/bundle/', 'fr');
    expect(text).to.contain('Impossible d’afficher cet article.');
    expect(text).to.contain('at line 1, column 20');
  });

  it('a file loaded on demand that changed on its way is refused, and the element still shows its error', async () => {
    const text = await pinnedHost('/__folio/tampered/');
    expect(text).to.contain('The inline <script type="application/json"> is not valid JSON');
    // The engine's own message: the scanner that gives the position never ran.
    expect(text).not.to.contain('at line 1, column 20');
  });

  it('a language file that changed on its way is refused, and the element speaks English', async () => {
    const text = await pinnedHost('/__folio/tampered/', 'fr');
    expect(text).to.contain('This article could not be shown.');
  });
});
