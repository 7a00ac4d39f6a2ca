import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { runner, until } from '../helpers.js';
import { axeViolations, closeDemos, openDemo, textOf } from './demo-page.js';
import type { DemoPage } from './demo-page.js';

describe('the demo page', function () {
  // Opening the demo loads all of it in a frame, modules and all.
  this.timeout(30000);

  describe('when it opens on the gallery', () => {
    // These tests only read the page, so they share one load of it.
    describe('without touching it', () => {
      let page: DemoPage;
      before(async () => (page = await openDemo()));
      after(closeDemos);

      it('shows the demo article in full', async () => {
        expect(textOf(page.$('#article folio-article >>> h1'))).to.equal(
          'Shade in the City: How Streets Are Being Redesigned for Hotter Summers',
        );
        expect(
          page.$('#article folio-article >>> [part="body"]')!.querySelectorAll('[data-ad]'),
        ).to.have.length(3);
        expect(page.problems).to.deep.equal([]);
      });

      it('shows the share bar in each variant and size, then with every network', async () => {
        const bars = [...page.document.querySelectorAll('#share-bar folio-share-bar')];
        const kinds = bars.map((bar) => `${bar.getAttribute('variant')} ${bar.getAttribute('size')}`);
        expect(kinds).to.deep.equal([
          'icons small',
          'icons medium',
          'icons large',
          'labels small',
          'labels medium',
          'labels large',
          'icons medium',
        ]);
        await until(() => bars.every((bar) => bar.shadowRoot?.querySelector('a[href]')));
        const facebook = bars[0].shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="facebook"]')!;
        expect(facebook.href).to.contain(
          encodeURIComponent('https://folio.example/articles/shade-in-the-city'),
        );
        expect(bars.at(-1)!.getAttribute('networks')!.split(' ')).to.include.members([
          'mastodon',
          'copy',
          'native',
        ]);
        expect(page.problems).to.deep.equal([]);
      });

      it('shows a carousel of summary-only items and one of titled items with images', async () => {
        const [summaries, rich] = [...page.document.querySelectorAll('#related folio-related')];
        const cards = (carousel: Element) => [
          ...(carousel.shadowRoot?.querySelectorAll('[part~="card"]') ?? []),
        ];
        await until(() => cards(summaries).length && cards(rich).length);
        expect(cards(summaries)).to.have.length(20);
        expect(cards(summaries).some((card) => card.querySelector('img'))).to.equal(false);
        expect(cards(rich)).to.have.length(8);
        expect(cards(rich).every((card) => card.querySelector('img'))).to.equal(true);
        expect(textOf(rich.shadowRoot!.querySelector('h2'))).to.equal('Picked for you');
        expect(page.problems).to.deep.equal([]);
      });

      it('shows the loading state and an error that names the field at fault', async () => {
        const [loading, invalid] = [...page.document.querySelectorAll('#states folio-article')];
        expect(textOf(loading.shadowRoot!.querySelector('[part="loading"]'))).to.equal('Loading article…');
        const alert = invalid.shadowRoot!.querySelector('[role="alert"]');
        expect(textOf(alert)).to.contain('title is required — found "titel": did you mean "title"?');
        expect(page.problems).to.deep.equal([]);
      });
    });

    describe('checked with axe', () => {
      afterEach(closeDemos);

      it('has no accessibility violations, with the CSS and the snippet shown', async () => {
        const page = await openDemo('?accent=0b57d0-8ab4f8');
        for (const details of page.document.querySelectorAll('details')) details.open = true;
        expect(await axeViolations(page)).to.deep.equal([]);
      });

      it('has no accessibility violations in dark mode', async function () {
        if (!runner.emulatesMedia) this.skip();
        await emulateMedia({ colorScheme: 'dark' });
        try {
          const page = await openDemo();
          expect(page.window.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
          expect(await axeViolations(page)).to.deep.equal([]);
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    });
  });

  describe('when it opens on the gallery in Arabic', () => {
    afterEach(closeDemos);

    it('shows the Arabic article right to left, its related cards in Arabic too', async () => {
      const page = await openDemo('?lang=ar');
      const article = page.$('#article folio-article >>> article')!;
      expect(textOf(page.$('#article folio-article >>> h1'))).to.equal(
        'الظل في المدينة: كيف يُعاد تصميم الشوارع لصيفٍ أشد حرارة',
      );
      expect(article.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(article).direction).to.equal('rtl');
      const summaries = page.document.querySelector('#related folio-related')!;
      const firstCard = await until(() => summaries.shadowRoot?.querySelector('[part~="card"]'));
      expect(textOf(firstCard)).to.contain('تمتلئ مسارات الدراجات المحمية في الربيع');
      expect(await axeViolations(page)).to.deep.equal([]);
      expect(page.problems).to.deep.equal([]);
    });
  });

  describe('when it opens on a 320 px phone', () => {
    afterEach(closeDemos);

    it('fits the screen, with the settings folded away', async () => {
      const page = await openDemo('', { width: 320, height: 640 });
      const root = page.document.documentElement;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      expect(page.document.querySelector('details.settings')!.hasAttribute('open')).to.equal(false);
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  });
});
