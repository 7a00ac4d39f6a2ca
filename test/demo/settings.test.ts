import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../helpers.js';
import { closeDemos, enter, openDemo, stubClipboard, textOf } from './demo-page.js';
import type { DemoPage } from './demo-page.js';

const article = (page: DemoPage) => page.$('#article folio-article')!;
const styleOf = (page: DemoPage, selector: string) =>
  getComputedStyle(page.$(`#article folio-article >>> ${selector}`)!);
const control = <T extends HTMLElement = HTMLInputElement>(page: DemoPage, selector: string) =>
  page.document.querySelector<T>(selector)!;
const radio = (page: DemoPage, name: string, value: string) =>
  control(page, `input[name="${name}"][value="${value}"]`);
const query = (page: DemoPage) => new URLSearchParams(page.window.location.search);

/** `rgb(11, 87, 208)` as `#0b57d0`, the way colour inputs write it. */
const hex = (rgb: string) =>
  `#${rgb
    .match(/\d+/g)!
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

describe('the demo settings', function () {
  this.timeout(30000);
  afterEach(closeDemos);

  describe('when the theme changes', () => {
    it('restyles the article through its public custom properties', async () => {
      const page = await openDemo();
      enter(control(page, 'input[name="accent"]'), '#0b57d0');
      enter(control<HTMLSelectElement>(page, '#body-font'), 'mono');
      enter(control<HTMLSelectElement>(page, '#heading-font'), 'classic-serif');
      enter(control(page, '#radius'), '12');
      enter(control(page, '#space'), '24');
      await until(() => styleOf(page, '[part="category"]').color === 'rgb(11, 87, 208)');
      expect(styleOf(page, '[part="body"] p').fontFamily).to.contain('monospace');
      expect(styleOf(page, 'h1').fontFamily).to.contain('Georgia');
      expect(styleOf(page, '[part="image"]').borderRadius).to.equal('12px');
      expect(styleOf(page, 'article').paddingInlineStart).to.equal('24px');
      expect(page.problems).to.deep.equal([]);
    });

    it('switches the previews between light and dark', async () => {
      const page = await openDemo();
      radio(page, 'scheme', 'dark').click();
      await until(() => getComputedStyle(article(page)).backgroundColor === 'rgb(22, 24, 27)');
      radio(page, 'scheme', 'light').click();
      await until(() => getComputedStyle(article(page)).backgroundColor === 'rgb(255, 255, 255)');
    });

    it('starts the colour pickers from Folio’s own colours, for the scheme on show', async () => {
      for (const scheme of ['light', 'dark']) {
        const page = await openDemo(`?scheme=${scheme}`);
        const host = getComputedStyle(article(page));
        const picked = (name: string) => control(page, `input[name="${name}"]`).value;
        expect(picked('text'), scheme).to.equal(hex(host.color));
        expect(picked('bg'), scheme).to.equal(hex(host.backgroundColor));
        expect(picked('accent'), scheme).to.equal(hex(styleOf(page, '[part="category"]').color));
      }
    });

    it('keeps the theme in the link', async () => {
      const page = await openDemo();
      radio(page, 'scheme', 'light').click();
      enter(control(page, 'input[name="accent"]'), '#0b57d0');
      enter(control(page, '#radius'), '12');
      expect(query(page).get('accent')).to.equal('0b57d0-ff8a80');

      const reopened = await openDemo(page.window.location.search);
      expect(control(reopened, 'input[name="accent"]').value).to.equal('#0b57d0');
      expect(control(reopened, '#radius').value).to.equal('12');
      expect(radio(reopened, 'scheme', 'light').checked).to.equal(true);
      expect(styleOf(reopened, '[part="category"]').color).to.equal('rgb(11, 87, 208)');
    });

    it('copies the CSS a site would paste', async () => {
      const page = await openDemo('?scheme=light');
      const copied: string[] = [];
      stubClipboard(page, async (text) => void copied.push(text));
      enter(control(page, 'input[name="accent"]'), '#0b57d0');
      control(page, 'button.copy-css').click();
      await until(() => textOf(page.document.querySelector('.copied')) === 'Copied.');
      expect(copied).to.deep.equal([
        ':root {\n  --folio-color-scheme: light;\n  --folio-color-accent: #0b57d0;\n}',
      ]);
      expect(page.document.querySelector('#css-text')!.textContent).to.equal(copied[0]);
    });

    it('shows the CSS to copy by hand when the browser blocks the clipboard', async () => {
      const page = await openDemo();
      stubClipboard(page, () => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      control(page, 'button.copy-css').click();
      await until(() => textOf(page.document.querySelector('.copied')).includes('blocked'));
      expect(page.document.querySelector('#css-text')!.closest('details')!.open).to.equal(true);
    });
  });

  describe('when a width preset is chosen', () => {
    it('resizes the preview frames, scrolling sideways when they are wider than the space', async () => {
      const page = await openDemo();
      const frame = page.document.querySelector('#article .frame')!;
      radio(page, 'width', '320').click();
      await until(() => frame.getBoundingClientRect().width === 320);
      expect(query(page).get('width')).to.equal('320');
      radio(page, 'width', '1200').click();
      await until(() => frame.getBoundingClientRect().width === 1200);
      const viewport = frame.parentElement!;
      expect(viewport.scrollWidth).to.be.greaterThan(viewport.clientWidth);
      radio(page, 'width', 'full').click();
      await until(() => frame.getBoundingClientRect().width === viewport.clientWidth);
    });
  });

  describe('when a language is chosen', () => {
    it('shows the elements in that language, right to left for Arabic', async () => {
      const page = await openDemo();
      enter(control<HTMLSelectElement>(page, '#language'), 'ar');
      const shown = await until(() => page.$('#article folio-article >>> article[lang="ar"]'));
      expect(shown.getAttribute('dir')).to.equal('rtl');
      expect(textOf(page.$('#article folio-article >>> h1'))).to.match(/^الظل في المدينة/);
      expect(textOf(page.$('#article folio-article >>> [part="byline"]'))).to.contain('بقلم');
      const frames = [...page.document.querySelectorAll('.frame')];
      expect(frames.every((frame) => frame.getAttribute('dir') === 'rtl')).to.equal(true);
      expect(query(page).get('lang')).to.equal('ar');
    });
  });

  describe('from the keyboard', () => {
    it('moves between the choices of a group with the arrow keys', async () => {
      const page = await openDemo();
      radio(page, 'scheme', 'auto').focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => query(page).get('scheme') === 'light');
      expect(radio(page, 'scheme', 'light').checked).to.equal(true);
    });
  });
});
