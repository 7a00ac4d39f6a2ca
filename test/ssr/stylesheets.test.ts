/**
 * Server-rendered pages whose shadow roots link their element's CSS file (the `stylesheets` option
 * of `folio-embed/ssr`, the files its build writes) instead of holding it inline: styled the same,
 * taken over by the drop-ins with nothing styled twice, and allowed under a `style-src` that
 * refuses inline styles.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { Probe } from '../safety/pages/open.js';

const DEMO = 'demo/articles/demo.json';
/** The folder of the test server that serves the CSS files the server renderer's build wrote. */
const FOLDER = new URL('/__folio/ssr/', location.href).href;
const STRICT = "default-src 'self'; img-src * data:; style-src 'self'";

type Page = Window & typeof globalThis & { folio: Probe };
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** The demo article rendered on the server, with `query` (`stylesheets`, `csp`), loaded in a frame of its own. */
async function open(query: Record<string, string> = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  const url = new URL(`/${DEMO}`, location.href).href;
  frame.src = `/__folio/ssr.html?${new URLSearchParams({ file: DEMO, url, ...query })}`;
  frame.style.cssText = 'width: 800px; height: 600px';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as Page;
  // Where the shadow roots painted before their stylesheets arrived (Firefox), the share buttons'
  // transitions ease into their colours: compared once they are there.
  await Promise.all(roots(page).flatMap(({ root }) => root.getAnimations().map(({ finished }) => finished)));
  return page;
}

/** Every Folio element of the page, nested ones included, and its shadow root. */
const roots = (page: Page) => {
  const hosts: Element[] = [page.document.querySelector('folio-article')!];
  for (const host of hosts)
    hosts.push(...host.shadowRoot!.querySelectorAll('folio-share-bar, folio-related'));
  return hosts.map((host) => ({ host, root: host.shadowRoot! }));
};
const part = (page: Page, tag: string, selector: string) =>
  roots(page)
    .find(({ host }) => host.localName === tag)!
    .root.querySelector<HTMLElement>(selector)!;

/** A few computed properties and boxes of what a reader sees first: the title, the share bar, the carousel. */
function looks(page: Page) {
  const parts = {
    host: page.document.querySelector('folio-article')!,
    title: part(page, 'folio-article', 'h1'),
    byline: part(page, 'folio-article', '.byline'),
    share: part(page, 'folio-share-bar', 'a[data-network]'),
    icon: part(page, 'folio-share-bar', 'a[data-network] svg'),
    track: part(page, 'folio-related', '.track'),
  };
  const properties = ['display', 'font-family', 'font-size', 'font-weight', 'color', 'background-color'];
  return Object.fromEntries<Record<string, string | number>>(
    Object.entries(parts).map(([name, element]) => {
      const style = page.getComputedStyle(element);
      const { width, height } = element.getBoundingClientRect();
      return [
        name,
        { width, height, ...Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)])) },
      ];
    }),
  );
}

/** What styles each shadow root: its `<style>`s, its stylesheet links and the sheets adopted by Lit. */
const stylesOf = (page: Page) =>
  roots(page).map(({ host, root }) => ({
    host: host.localName,
    styles: root.querySelectorAll('style').length,
    links: [...root.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((link) => link.href),
    adopted: root.adoptedStyleSheets.length,
  }));
const linked = (host: string) => ({ host, styles: 0, links: [`${FOLDER}${host}.css`], adopted: 0 });
const LINKED = ['folio-article', 'folio-share-bar', 'folio-related'].map(linked);

/** Loads a drop-in into `page` and waits for its elements to update. */
async function loadScript(page: Page, src: string): Promise<void> {
  const script = Object.assign(page.document.createElement('script'), { type: 'module', src });
  const loaded = new Promise((resolve, reject) =>
    Object.assign(script, { onload: resolve, onerror: reject }),
  );
  page.document.head.append(script);
  await loaded;
  for (const { host } of roots(page)) await (host as LitElement).updateComplete;
}

describe('a server-rendered article with linked stylesheets', () => {
  before(async function () {
    this.timeout(60000); // the test server builds the server renderer, and loads its DOM, on the first render
    await fetch(`/__folio/ssr.html?file=${DEMO}`);
  });

  it('looks as the one with inline styles', async () => {
    const [inline, page] = await Promise.all([open(), open({ stylesheets: FOLDER })]);
    expect(stylesOf(page)).to.deep.equal(LINKED);
    for (const { root } of roots(page)) expect(root.querySelector('link')!.sheet).to.not.equal(null);
    const expected = looks(inline);
    expect(expected.host.display).to.equal('block');
    expect(expected.icon.width).to.be.below(64); // styled: an unstyled icon is 300 px wide
    expect(looks(page)).to.deep.equal(expected);
  });

  it('is taken over by folio-hydrate.js as it is: no error, nothing styled twice', async () => {
    const page = await open({ stylesheets: FOLDER });
    const before = looks(page);
    const nodes = roots(page).map(({ root }) => root.firstChild);
    await loadScript(page, '/__folio/bundle/folio-hydrate.js');
    expect((page.document.querySelector('folio-article') as LitElement).hasUpdated).to.equal(true);
    expect(page.folio.errors).to.deep.equal([]);
    expect(stylesOf(page)).to.deep.equal(LINKED);
    expect(roots(page).map(({ root }) => root.firstChild)).to.deep.equal(nodes);
    expect(looks(page)).to.deep.equal(before);
  });

  it('is rendered again by the plain folio.js with its own styles, looking the same', async () => {
    const page = await open({ stylesheets: FOLDER });
    const before = looks(page);
    await loadScript(page, '/__folio/bundle/folio.js');
    expect(page.folio.errors).to.deep.equal([]);
    for (const { styles, links, adopted } of stylesOf(page)) {
      expect({ styles, links, adopted: adopted > 0 }).to.deep.equal({ styles: 0, links: [], adopted: true });
    }
    expect(looks(page)).to.deep.equal(before);
  });

  it('is styled under a style-src that refuses inline styles, where the inline one is not', async () => {
    const [inline, page] = await Promise.all([
      open({ csp: STRICT }),
      open({ csp: STRICT, stylesheets: FOLDER }),
    ]);
    expect(page.folio.violations).to.deep.equal([]);
    expect(inline.folio.violations.length).to.be.above(0);
    expect(looks(page).icon.width).to.be.below(64);
    expect(looks(inline).icon.width).to.be.above(64);
  });
});
