/**
 * A page that holds `folio-embed/ssr`'s HTML (see the `ssr.html` route of test/server/routes.js),
 * in a frame of its own: read with no script at all, then taken over by the drop-in.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { until } from '../helpers.js';
import type { Probe } from '../safety/pages/open.js';
import { hazards } from '../safety/inspect.js';
import { partTexts } from './parts.js';

const DEMO = 'demo/articles/demo.json';
const demo = await (await fetch(`/${DEMO}`)).json();
/** The demo article's page, read at its address here, so that its images load as on a real page. */
const DEMO_PAGE = { file: DEMO, url: new URL(`/${DEMO}`, location.href).href };
/** The drop-in with Lit's hydration support, built from src/ by the test server. */
const HYDRATE = '/__folio/bundle/folio-hydrate.js';

type Page = { window: Window & typeof globalThis & { folio: Probe; folioXss?: unknown }; document: Document };

let frame: HTMLIFrameElement | undefined;

/** Opens the server-rendered page for `query` and waits until it has loaded. */
async function openServerPage(query: Record<string, string>): Promise<Page> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.src = `/__folio/ssr.html?${new URLSearchParams(query)}`;
  frame.style.cssText = 'width: 800px; height: 600px';
  document.body.append(frame);
  // Parsed is enough: the hostile page's images may never finish loading.
  await until(
    () => frame!.contentDocument?.URL.includes('ssr.html') && frame!.contentDocument.readyState !== 'loading',
    60000,
  );
  return { window: frame.contentWindow as Page['window'], document: frame.contentDocument! };
}

/** Loads a script into `page`, as a page would after the markup has painted; waits for its elements to update. */
async function loadScript(page: Page, src: string): Promise<void> {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  page.document.head.append(script);
  await loaded;
  for (const element of elements(page)) await (element as LitElement).updateComplete;
}

const elements = (page: Page) => [...page.document.querySelectorAll('folio-article')].flatMap(withNested);
const withNested = (element: Element): Element[] => [
  element,
  ...[...(element.shadowRoot?.querySelectorAll('folio-share-bar, folio-related') ?? [])].flatMap(withNested),
];

/** Every node of the article's shadow trees, nested ones included, in document order. */
function shadowNodes(host: Element): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    if ((node as Element).shadowRoot) nodes.push(...shadowNodes(node as Element));
  }
  return nodes;
}

const article = (page: Page) => page.document.querySelector('folio-article')!;
const root = (page: Page) => article(page).shadowRoot!;
const shareBar = (page: Page) => root(page).querySelector('folio-share-bar')!.shadowRoot!;
const related = (page: Page) => root(page).querySelector('folio-related')!.shadowRoot!;

/** Where the parts a reader looks at are on screen. */
const layout = (page: Page) =>
  [
    article(page),
    root(page).querySelector('h1')!,
    root(page).querySelector('[part=body] > :last-child')!,
    related(page).querySelector('.track')!,
  ].map((element) => {
    const { top, left, width, height } = element.getBoundingClientRect();
    return { top, left, width, height };
  });

/** The text a reader sees in the body, block by block, from the JSON. */
const blockTexts = (demo.body as Record<string, string & string[]>[]).flatMap((block) => {
  const html =
    'html' in block ? block.html : 'items' in block ? block.items[0] : 'text' in block ? block.text : '';
  const text = new DOMParser().parseFromString(html ?? '', 'text/html').body.textContent!.trim();
  return text ? [text.slice(0, 60)] : [];
});

/** An article whose paragraphs hold elements that close a `<p>` in HTML's parser. */
const BLOCKS_IN_BLOCKS = 'test/fixtures/ssr/blocks-in-blocks.json';
const blocksInBlocks = await (await fetch(`/${BLOCKS_IN_BLOCKS}`)).json();

/** An article whose text, once decoded, still reads like character references (`Fish &amp;amp; chips`). */
const REFERENCES = 'test/fixtures/ssr/references.json';

/** The parts that show the input's text, in the element's shadow tree. */
const textsOf = (host: Element) =>
  partTexts(host.shadowRoot!, host.shadowRoot!.querySelector('folio-related')!.shadowRoot!);

/** The same parts in the element's JSON-LD, for search engines. */
function jsonLdTexts(host: Element) {
  const script = host.querySelector(':scope > script[type="application/ld+json"]')!;
  const { headline, description, author, image } = JSON.parse(script.textContent!);
  return { headline, description, author: author[0].name, caption: image.caption };
}

/** What could run in the parts the input fills (the shadow roots' own `<style>`s are Folio's). */
const inputHazards = (page: Page) =>
  [...root(page).querySelectorAll('[part=header], [part=body]')].flatMap((part) => hazards(part));

afterEach(() => frame?.remove());

describe('a server-rendered article', () => {
  describe('with no script', () => {
    it('shows the whole article: header, every block, share links, related cards', async () => {
      const page = await openServerPage(DEMO_PAGE);
      expect(page.window.customElements.get('folio-article')).to.equal(undefined);
      const shadow = root(page);
      expect(shadow.querySelector('h1')!.textContent).to.equal(demo.title);
      expect(shadow.querySelector('[part=dek]')!.textContent).to.equal(demo.dek);
      const body = shadow.querySelector('[part=body]')!.textContent!.replace(/\s+/g, ' ');
      for (const text of blockTexts) expect(body).to.include(text.replace(/\s+/g, ' '));
      // Share links are plain links, to the networks with the article's address.
      const links = [...shareBar(page).querySelectorAll<HTMLAnchorElement>('a[data-network]')];
      expect(links.map((link) => link.dataset.network)).to.deep.equal([
        'facebook',
        'x',
        'reddit',
        'pinterest',
        'email',
      ]);
      expect(links[0].href).to.include(encodeURIComponent(demo.url));
      // The related cards are links in a row that scrolls.
      const cards = [...related(page).querySelectorAll<HTMLAnchorElement>('.card a')];
      expect(cards.map((card) => card.href)).to.deep.equal(
        demo.related.map((item: { url: string }) => item.url),
      );
      const track = related(page).querySelector<HTMLElement>('.track')!;
      expect(track.scrollWidth).to.be.above(track.clientWidth);
      track.scrollTo({ left: 200, behavior: 'instant' });
      expect(track.scrollLeft).to.be.above(0);
    });

    it('is laid out as the client renders it (the styles are in the markup)', async () => {
      const page = await openServerPage(DEMO_PAGE);
      const title = root(page).querySelector('h1')!;
      expect(page.window.getComputedStyle(title).fontFamily).to.equal(
        page.window.getComputedStyle(root(page).querySelector('.byline')!).fontFamily,
      );
      expect(article(page).getBoundingClientRect().height).to.be.above(1000);
    });
  });

  describe('taken over by the drop-in', () => {
    it('keeps every node the server made: no second copy, no node added or lost', async () => {
      const page = await openServerPage(DEMO_PAGE);
      const before = shadowNodes(article(page));
      const bodyNodes = [...root(page).querySelector('[part=body]')!.querySelectorAll('*')];
      await loadScript(page, HYDRATE);
      const after = shadowNodes(article(page));
      expect(after.length).to.equal(before.length);
      expect(after.every((node, i) => node === before[i])).to.equal(true);
      expect(bodyNodes.every((node) => node.isConnected)).to.equal(true);
      // It is Folio's element now, with its article read back from the inline JSON.
      expect(page.window.customElements.get('folio-article')).to.not.equal(undefined);
      expect((article(page) as LitElement & { hasUpdated: boolean }).hasUpdated).to.equal(true);
    });

    it('keeps them too when the HTML of a paragraph or list item holds blocks of its own', async () => {
      const page = await openServerPage({ file: BLOCKS_IN_BLOCKS });
      const text = () => root(page).querySelector('[part=body]')!.textContent!.replace(/\s+/g, ' ').trim();
      const read = text();
      const before = shadowNodes(article(page));
      await loadScript(page, HYDRATE);
      const after = shadowNodes(article(page));
      expect(after.length).to.equal(before.length);
      expect(after.every((node, i) => node === before[i])).to.equal(true);
      expect(text()).to.equal(read);
      expect(page.window.folio.errors).to.deep.equal([]);
      // Taken over, it updates those nodes in place: a paragraph the parser had split would leave
      // the old text behind, or fail to update at all.
      const el = article(page) as LitElement & { article: unknown };
      const next = blocksInBlocks.body.map((_: unknown, i: number) => `Block ${i + 1}.`);
      el.article = { title: 'Next', body: next.map((html: string) => ({ type: 'paragraph', html })) };
      await el.updateComplete;
      expect(root(page).querySelector('h1')!.textContent).to.equal('Next');
      const blocks = [...root(page).querySelectorAll('[part=body] > *')];
      expect(blocks.map((block) => block.textContent!.trim())).to.deep.equal(next);
      expect(page.window.folio.errors).to.deep.equal([]);
    });

    it('shifts nothing on screen', async () => {
      const page = await openServerPage(DEMO_PAGE);
      // Loaded, with its eager images: what is on screen has its final size.
      await until(() => page.document.readyState === 'complete');
      const before = layout(page);
      await loadScript(page, HYDRATE);
      await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
      expect(layout(page)).to.deep.equal(before);
    });

    it('answers a share click with folio-share', async () => {
      const page = await openServerPage(DEMO_PAGE);
      await loadScript(page, HYDRATE);
      const shared = new Promise<CustomEvent>((resolve) =>
        page.document.addEventListener('folio-share', (event) => {
          event.preventDefault(); // no window opens
          resolve(event as CustomEvent);
        }),
      );
      shareBar(page).querySelector<HTMLElement>('[data-network=x]')!.click();
      const { detail } = await shared;
      expect(detail.network).to.equal('x');
      expect(detail.url).to.equal(demo.url);
    });

    it('moves between related cards with the arrow keys', async () => {
      const page = await openServerPage(DEMO_PAGE);
      await loadScript(page, HYDRATE);
      const links = [...related(page).querySelectorAll<HTMLElement>('.card a')];
      links[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => related(page).activeElement === links[1]);
      await sendKeys({ press: 'End' });
      await until(() => related(page).activeElement === links.at(-1));
    });

    it('passes axe-core', async () => {
      const page = await openServerPage(DEMO_PAGE);
      await loadScript(page, HYDRATE);
      await loadScript(page, '/node_modules/axe-core/axe.min.js');
      const axe = (
        page.window as unknown as {
          axe: { run: (context: Element) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const { violations } = await axe.run(article(page));
      expect(violations.map(({ id }) => id)).to.deep.equal([]);
    });
  });

  describe('whose text still reads like character references once decoded', () => {
    it('shows the same text with no script, hydrated, in its JSON-LD, and as the client renders the input itself', async () => {
      const input = await (await fetch(`/${REFERENCES}`)).json();
      const page = await openServerPage({ file: REFERENCES, jsonld: '1' });
      const server = textsOf(article(page));
      const serverJsonLd = jsonLdTexts(article(page));
      expect(server.title).to.equal('Fish &amp; chips');
      await loadScript(page, HYDRATE);
      // Hydrated, the element keeps the server's text and writes its JSON-LD again from what it read.
      expect(textsOf(article(page)), 'hydrated').to.deep.equal(server);
      expect(jsonLdTexts(article(page)), 'JSON-LD, hydrated').to.deep.equal(serverJsonLd);
      expect(serverJsonLd).to.deep.equal({
        headline: server.title,
        description: server.dek,
        author: 'Smith &amp; Jones',
        caption: server.caption,
      });
      // The same input rendered by the client alone, beside it.
      const own = page.document.createElement('folio-article') as LitElement & { article: unknown };
      own.article = input;
      own.toggleAttribute('emit-jsonld', true);
      page.document.body.append(own);
      await own.updateComplete;
      for (const nested of withNested(own)) await (nested as LitElement).updateComplete;
      expect(textsOf(own), 'the client alone').to.deep.equal(server);
      expect(jsonLdTexts(own), 'JSON-LD, the client alone').to.deep.equal(serverJsonLd);
      expect(page.window.folio.errors).to.deep.equal([]);
    });

    it('shows the same text when the plain drop-in renders it again from the inline JSON', async () => {
      const page = await openServerPage({ file: REFERENCES });
      const server = textsOf(article(page));
      const title = root(page).querySelector('h1')!;
      await loadScript(page, '/__folio/bundle/folio.js');
      expect(title.isConnected, "the server's title").to.equal(false);
      expect(textsOf(article(page))).to.deep.equal(server);
    });
  });

  describe('taken over by the plain drop-in', () => {
    it('renders the article again in place of the server nodes, once', async () => {
      const page = await openServerPage(DEMO_PAGE);
      const title = root(page).querySelector('h1')!;
      await loadScript(page, '/__folio/bundle/folio.js');
      expect([...root(page).querySelectorAll('h1')].map((h1) => h1.textContent)).to.deep.equal([demo.title]);
      expect(root(page).querySelectorAll('[part=body]').length).to.equal(1);
      expect(shareBar(page).querySelectorAll('a[data-network]').length).to.equal(5);
      expect(page.window.folio.errors).to.deep.equal([]);
      expect(title.isConnected, "the server's title").to.equal(false);
    });
  });

  describe('made of hostile input', () => {
    it('runs none of it, with no script or with the drop-in', async function () {
      this.timeout(90000); // hundreds of blocks, rendered on the server first
      const page = await openServerPage({ hostile: '1' });
      expect(root(page).querySelectorAll('[part=body] > *').length).to.be.above(500);
      expect(inputHazards(page), 'before the script').to.deep.equal([]);
      await loadScript(page, HYDRATE);
      expect(inputHazards(page), 'after the script').to.deep.equal([]);
      // Everything the page loads has loaded or failed: any handler that could run has had its turn.
      await until(() => page.document.readyState === 'complete', 60000);
      expect(page.window.folio.ran).to.deep.equal([]);
      expect(page.window.folio.errors).to.deep.equal([]);
      expect(page.window.folioXss).to.equal(undefined);
    });
  });
});
