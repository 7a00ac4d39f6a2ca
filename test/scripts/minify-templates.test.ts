import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { minifyCss, minifyHtml } from '../../scripts/minify-templates.js';
import '../../src/article/define.js';
import { shadow } from '../helpers.js';
import { fullArticle } from '../fixtures/articles.js';
import { richItems } from '../related/fixtures.js';

describe('minify-templates (build step)', () => {
  describe('when it minifies CSS', () => {
    it('drops comments and the spaces beside punctuation', () => {
      const source = `
        /* the host's box */
        :host([hidden]) ,
        a > b {
          font: 400 1rem / 1.6 var(--x, Georgia, serif);
          margin: calc(1px + 2px) 0;
        }`;
      expect(minifyCss(source)).to.equal(
        ' :host([hidden]),a>b{font:400 1rem/1.6 var(--x,Georgia,serif);margin:calc(1px + 2px) 0}',
      );
    });

    it('writes numbers short, keeping the spaces that calc() and selectors need', () => {
      const source = `li + li * b { margin: calc(var(--x) * 0.5) calc(2 * 1.05em - 0.5em) 10.5px; letter-spacing: -0.015em }`;
      expect(minifyCss(source)).to.equal(
        'li + li * b{margin:calc(var(--x)*.5) calc(2*1.05em - .5em) 10.5px;letter-spacing:-.015em}',
      );
    });

    it('leaves strings alone, quotes and comment marks included', () => {
      const source = `a::before { content: ' : { ; } ' ; } b::after { content: "/* it's */" }`;
      expect(minifyCss(source)).to.equal(`a::before{content:' : { ; } '}b::after{content:"/* it's */"}`);
    });

    // Each element's own sheets, with the content that reaches most of their rules.
    const elements: [string, () => TemplateResult][] = [
      ['article', () => html`<folio-article .article=${fullArticle}></folio-article>`],
      [
        'share bar',
        () => html`<folio-share-bar url="https://news.example/a" variant="labels"></folio-share-bar>`,
      ],
      ['carousel', () => html`<folio-related .items=${richItems}></folio-related>`],
    ];
    for (const [name, template] of elements) {
      it(`gives the ${name} the same computed styles as the written CSS`, async () => {
        const styles = (root: Element) => [root, ...shadow(root).querySelectorAll('*')].map(computedStyle);
        // One at a time, in the same place: absolutely positioned parts compute their offsets.
        const written = await fixture<LitElement>(template());
        const before = styles(written);
        written.remove();
        const minified = await fixture<LitElement>(template());
        const { elementStyles } = minified.constructor as typeof LitElement;
        shadow(minified).adoptedStyleSheets = elementStyles.map((style) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(minifyCss((style as { cssText: string }).cssText));
          return sheet;
        });
        const after = styles(minified);
        const differences = before.flatMap((style, i) =>
          Object.keys(style)
            .filter((name) => style[name] !== after[i][name])
            .map((name) => `element ${i} ${name}: ${style[name]} → ${after[i][name]}`),
        );
        expect(differences).to.deep.equal([]);
      });
    }
  });

  describe('when it minifies HTML', () => {
    it('turns each run of whitespace with a line break into one space', () => {
      expect(minifyHtml('<p part="byline">\n      <span>A</span>\n      <span>B</span>\n    </p>')).to.equal(
        '<p part="byline"> <span>A</span> <span>B</span> </p>',
      );
    });

    it('keeps spaces within a line, and templates with preformatted text as written', () => {
      expect(minifyHtml('<b>a</b>  <i>b</i>')).to.equal('<b>a</b>  <i>b</i>');
      const pre = '<pre>\n  one\n    two\n</pre>';
      expect(minifyHtml(pre)).to.equal(pre);
    });
  });
});

/**
 * The computed value of every standard property. Custom properties keep their text as written
 * (spaces included), so they are compared where they count: in the properties that use them.
 */
function computedStyle(el: Element): Record<string, string> {
  const style = getComputedStyle(el);
  const names = [...style].filter((name) => !name.startsWith('--'));
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
}
