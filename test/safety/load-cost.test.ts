/**
 * What loading the drop-in costs before any element renders: no `Intl` object is made while the
 * script runs (making one takes tens of milliseconds), and what only the server uses is not in it.
 */
import { expect } from '@open-wc/testing';
import { BUNDLE } from './pages/open.js';

const FORMATTERS = [
  'Segmenter',
  'DateTimeFormat',
  'NumberFormat',
  'ListFormat',
  'PluralRules',
  'Collator',
] as const;

describe('loading the drop-in', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('makes no Intl object until an element needs one', async () => {
    frame = document.createElement('iframe');
    document.body.append(frame);
    const page = frame.contentWindow as Window & typeof globalThis;
    const made: string[] = [];
    for (const name of FORMATTERS) {
      const Original = page.Intl[name] as unknown as new (...args: unknown[]) => object;
      if (!Original) continue;
      // A subclass records each construction and behaves as the original.
      (page.Intl as unknown as Record<string, unknown>)[name] = class extends Original {
        constructor(...args: unknown[]) {
          super(...args);
          made.push(name);
        }
      };
    }
    const script = Object.assign(page.document.createElement('script'), { type: 'module', src: BUNDLE });
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    page.document.head.append(script);
    await loaded;
    expect(page.customElements.get('folio-article')).to.exist;
    expect(made).to.deep.equal([]);
    // The check can fail: an element that formats a date makes one.
    const el = page.document.createElement('folio-article') as HTMLElement & { article: unknown };
    el.article = { title: 'Dated', published: '2026-01-02' };
    page.document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(made).to.include('DateTimeFormat');
  });

  it('holds no unsafeHTML: the server renderer alone writes HTML as text', async () => {
    const code = await fetch(BUNDLE).then((response) => response.text());
    expect(code).not.to.contain('unsafeHTML');
    expect(code).to.contain('folio-article');
  });
});
