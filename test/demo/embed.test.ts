import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { closeDemos, enter, openDemo, stubClipboard } from './demo-page.js';
import type { DemoPage } from './demo-page.js';

// The snippet loads Folio from the library's source here; a built demo points it at the drop-in bundle.
const FROM_SOURCE = 'script=/src/drop-in.ts';

const snippetOf = (page: DemoPage) => page.document.querySelector('#snippet-text')!.textContent!;

/** A plain page made of nothing but `snippet`, once its article has rendered. */
async function pageFrom(snippet: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.srcdoc = snippet;
  document.body.append(frame);
  await until(
    () => frame.contentDocument?.querySelector('folio-article')?.shadowRoot?.querySelector('article'),
    15000,
  );
  return frame;
}

/** What an article shows, without Lit's markers (their numbers differ between two copies of Lit). */
const rendered = (article: Element) => article.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');

describe('the demo’s embed snippet', function () {
  this.timeout(30000);
  let plain: HTMLIFrameElement | undefined;
  afterEach(() => {
    closeDemos();
    plain?.remove();
  });

  it('loads Folio from the script URL, then styles and embeds the article', async () => {
    const page = await openDemo(`?${FROM_SOURCE}&accent=0b57d0-8ab4f8`);
    const snippet = snippetOf(page);
    const lines = snippet.split('\n');
    expect(lines[0]).to.equal(`<script type="module" src="${location.origin}/src/drop-in.ts"></script>`);
    expect(lines).to.include('  --folio-color-accent: light-dark(#0b57d0, #8ab4f8);');
    const json = lines.indexOf('  <script type="application/json">');
    expect(lines.slice(json - 1, json + 2)).to.deep.equal(['<folio-article>', lines[json], '    {']);
    expect(lines.slice(-3)).to.deep.equal(['    }', '  </script>', '</folio-article>']);
  });

  it('renders the same article, with the same theme, on a plain page', async () => {
    const page = await openDemo(`?${FROM_SOURCE}&accent=0b57d0-8ab4f8&body=classic-serif&radius=12`);
    plain = await pageFrom(snippetOf(page));
    const original = page.document.querySelector('#article folio-article')!;
    const copy = plain.contentDocument!.querySelector('folio-article')!;
    expect(rendered(copy)).to.equal(rendered(original));
    const style = (article: Element, selector: string) =>
      getComputedStyle(article.shadowRoot!.querySelector(selector)!);
    for (const [selector, property] of [
      ['[part="category"]', 'color'],
      ['[part="body"] p', 'fontFamily'],
      ['[part="image"]', 'borderRadius'],
    ] as const) {
      expect(style(copy, selector)[property], property).to.equal(style(original, selector)[property]);
    }
  });

  it('embeds the playground’s edited article, safely inside its script element', async () => {
    const page = await openDemo(`?view=playground&${FROM_SOURCE}`);
    const editor = await until(() =>
      page.document.querySelector<HTMLTextAreaElement>('#json-input[aria-invalid]'),
    );
    await until(() => editor.value);
    const article = JSON.parse(editor.value);
    article.title = 'Edited </script><script>window.ran = true</script>';
    enter(editor, JSON.stringify(article, null, 2));
    await until(() => snippetOf(page).includes('Edited'));

    plain = await pageFrom(snippetOf(page));
    const copy = plain.contentDocument!.querySelector('folio-article')!;
    expect(copy.shadowRoot!.querySelector('h1')!.textContent).to.equal(article.title);
    expect((plain.contentWindow as unknown as { ran?: boolean }).ran).to.equal(undefined);
  });

  it('copies the snippet', async () => {
    const page = await openDemo(`?${FROM_SOURCE}`);
    const copied: string[] = [];
    stubClipboard(page, async (text) => void copied.push(text));
    page.document.querySelector<HTMLButtonElement>('button.copy-snippet')!.click();
    await until(() => copied.length);
    expect(copied).to.deep.equal([snippetOf(page)]);
  });
});
