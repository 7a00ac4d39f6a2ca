import { expect, fixture, html } from '@open-wc/testing';
import '../../src/drop-in.js';
import { settle } from './inspect.js';

/** What a careless or hostile host stylesheet does: resets everything, shrinks the root font, forces its own text styles. */
const HOSTILE = `
  * { all: revert !important; box-sizing: content-box !important; }
  html { font-size: 10px !important; }
  body {
    font: italic 40px/3 'Comic Sans MS', cursive !important;
    color: lime !important;
    letter-spacing: 6px !important;
    word-spacing: 20px !important;
    text-transform: uppercase !important;
    text-align: center !important;
    text-indent: 50px !important;
    white-space: pre !important;
    text-shadow: 2px 2px red !important;
  }
  p, a, h1, h2, li, figure, img, button, ul {
    all: unset !important;
    color: red !important;
    font-size: 8px !important;
    line-height: 0.5 !important;
    display: inline !important;
    visibility: hidden !important;
  }
`;

const article = {
  url: 'https://news.example/a/1',
  title: 'A readable title',
  dek: 'A readable dek.',
  category: { name: 'Climate', url: '/climate' },
  authors: [{ name: 'Ada Brook', url: '/ada' }],
  published: '2026-03-04',
  body: [
    { type: 'paragraph', html: 'Body text with <a href="/x">a link</a>.' },
    { type: 'heading', text: 'A section' },
    { type: 'list', items: ['One', 'Two'] },
  ],
  related: [{ url: '/r', title: 'Related' }],
};

const TEXT_STYLES = [
  'color',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'textShadow',
  'whiteSpace',
  'visibility',
  'display',
] as const;

type Measures = Record<string, Record<string, string | number>>;

/** How an article in an 800px column is laid out and how its text looks, in numbers (pixels rounded). */
async function measure(): Promise<Measures> {
  const box = await fixture<HTMLElement>(
    html`<div style="width: 800px"><folio-article .article=${article}></folio-article></div>`,
  );
  await settle(box);
  const shadow = box.querySelector('folio-article')!.shadowRoot!;
  const inner = (tag: string, selector: string) =>
    shadow.querySelector(tag)!.shadowRoot!.querySelector(selector)!;
  const parts = {
    title: shadow.querySelector('h1')!,
    text: shadow.querySelector('[part="body"] p')!,
    link: shadow.querySelector('[part="body"] a')!,
    heading: shadow.querySelector('[part="body"] h2')!,
    item: shadow.querySelector('[part="body"] li')!,
    carousel: inner('folio-related', 'h2'),
    share: inner('folio-share-bar', 'a'),
  };
  return Object.fromEntries(
    Object.entries(parts).map(([name, element]) => {
      const style = getComputedStyle(element);
      const { width, height } = element.getBoundingClientRect();
      const size = { width: Math.round(width), height: Math.round(height) };
      return [name, { ...Object.fromEntries(TEXT_STYLES.map((key) => [key, style[key]])), ...size }];
    }),
  );
}

describe('a host page with aggressive global CSS', () => {
  it('leaves Folio laid out and styled exactly as on a plain page', async () => {
    const plain = await measure();
    const style = document.head.appendChild(
      Object.assign(document.createElement('style'), { textContent: HOSTILE }),
    );
    try {
      expect(getComputedStyle(document.body).color, 'the page itself is restyled').to.equal('rgb(0, 255, 0)');
      expect(await measure()).to.deep.equal(plain);
    } finally {
      style.remove();
    }
  });

  it('keeps text readable on a page whose root font is 10px', async () => {
    const style = document.head.appendChild(
      Object.assign(document.createElement('style'), { textContent: HOSTILE }),
    );
    try {
      const { text, title, share } = await measure();
      const size = (measures: Measures[string]) => parseFloat(measures.fontSize as string);
      expect(size(text)).to.be.at.least(16);
      expect(size(title)).to.be.above(size(text) * 1.4);
      expect(share.height, 'share buttons stay a comfortable target').to.be.at.least(40);
    } finally {
      style.remove();
    }
  });
});
