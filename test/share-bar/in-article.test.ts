import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/folio-article.js';
import type { FolioShareBar } from '../../src/share-bar/folio-share-bar.js';
import { shadow } from '../helpers.js';
import { withChanges } from '../fixtures/articles.js';
import { shownNetworks } from './shown.js';

const shared = withChanges({
  share: {
    networks: ['x', 'reddit', 'pinterest', 'email'],
    text: 'Floods, twice a week',
    hashtags: ['#floods', 'rivers'],
  },
});

const render = (article: unknown, hide = '') =>
  fixture<FolioArticle>(html`<folio-article .article=${article} hide=${hide}></folio-article>`);
const shareBar = (el: FolioArticle) => shadow(el).querySelector<FolioShareBar>('folio-share-bar');
const link = (bar: FolioShareBar, network: string) =>
  new URL(shadow(bar).querySelector(`[part~="${network}"]`)!.getAttribute('href')!);

describe('<folio-article> with its share bar', () => {
  describe('when the article has share settings', () => {
    it('puts the share bar right under the header', async () => {
      const el = await render(shared);
      expect(shadow(el).querySelector('header')!.nextElementSibling!.localName).to.equal('folio-share-bar');
    });

    it('shares the article’s URL, title, dek, image and share settings', async () => {
      const el = await render(shared);
      const bar = shareBar(el)!;
      await bar.updateComplete;
      const x = link(bar, 'x').searchParams;
      expect([x.get('url'), x.get('text'), x.get('hashtags')]).to.deep.equal([
        shared.url,
        'Floods, twice a week',
        'floods,rivers',
      ]);
      expect(link(bar, 'reddit').searchParams.get('title')).to.equal(shared.title);
      expect(link(bar, 'pinterest').searchParams.get('media')).to.equal(shared.image.src);
      expect(link(bar, 'email').searchParams.get('body')).to.equal(`${shared.dek}\r\n\r\n${shared.url}`);
      expect(shownNetworks(bar)).to.deep.equal(['x', 'reddit', 'pinterest', 'email']);
    });

    it('speaks the article’s language', async () => {
      const el = await render(withChanges({ lang: 'fr' }));
      const bar = shareBar(el)!;
      await bar.updateComplete;
      expect(bar.lang).to.equal('fr');
      expect(shadow(bar).querySelector('[part~="facebook"]')!.getAttribute('aria-label')).to.equal(
        'Partager sur Facebook',
      );
    });

    it('follows the article when a new one is shown', async () => {
      const el = await render(shared);
      el.article = withChanges({ url: 'https://news.example/other', title: 'Another story' });
      await el.updateComplete;
      const bar = shareBar(el)!;
      await bar.updateComplete;
      expect(link(bar, 'reddit').searchParams.get('url')).to.equal('https://news.example/other');
      expect(link(bar, 'reddit').searchParams.get('title')).to.equal('Another story');
      // No share settings in the new article: back to the default networks.
      expect(shadow(bar).querySelectorAll('[part~="button"]')).to.have.length(5);
    });
  });

  describe('when hide="share"', () => {
    it('leaves the share bar out', async () => {
      const el = await render(shared, 'share');
      expect(shadow(el).querySelectorAll('folio-share-bar')).to.have.length(0);
    });
  });

  describe('accessibility', () => {
    it('passes axe-core with the share bar in place', async () => {
      const el = await render(shared);
      await shareBar(el)!.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
