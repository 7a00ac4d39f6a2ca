import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/folio-article.js';
import { shadow } from '../helpers.js';
import { withChanges } from '../fixtures/articles.js';
import { richItems, summaryItems } from './fixtures.js';

const carousel = (el: FolioArticle) => shadow(el).querySelector('folio-related');
const render = (article: unknown, hide = '') =>
  fixture<FolioArticle>(html`<folio-article hide=${hide} .article=${article}></folio-article>`);

describe('<folio-article> with related articles', () => {
  describe('when the article has related items', () => {
    it('shows them in a carousel after the body, in the article’s language', async () => {
      const el = await render(withChanges({ lang: 'de', related: summaryItems(20) }));
      const related = carousel(el)!;
      expect(related.previousElementSibling!.getAttribute('part')).to.equal('body');
      expect(related.lang).to.equal('de');
      await related.updateComplete;
      const links = [...shadow(related).querySelectorAll('[part="card"] a')] as HTMLAnchorElement[];
      expect(links.map((a) => [a.href, a.textContent])).to.deep.equal(
        summaryItems(20).map((item) => [item.url, item.summary]),
      );
      expect(shadow(related).querySelector('h2')!.textContent).to.equal('Ähnliche Artikel');
    });

    it('follows the article into another language, with the same related items', async () => {
      const el = await fixture<FolioArticle>(
        html`<folio-article lang="en" .article=${withChanges({ lang: undefined, related: richItems })}></folio-article>`,
      );
      const related = carousel(el)!;
      await related.updateComplete;
      const heading = () => shadow(related).querySelector('h2')!.textContent;
      expect(heading()).to.equal('Related Articles');
      el.lang = 'fr';
      await el.updateComplete;
      expect(carousel(el)).to.equal(related);
      await related.updateComplete;
      expect(related.lang).to.equal('fr');
      expect(heading()).to.equal('Articles liés');
    });

    it('resolves relative links against the article URL', async () => {
      const el = await render(withChanges({ related: [richItems[0], { ...richItems[1], url: '/ferries' }] }));
      const related = carousel(el)!;
      await related.updateComplete;
      const link = shadow(related).querySelectorAll<HTMLAnchorElement>('[part="card"] a')[1];
      expect(link.href).to.equal('https://news.example/ferries');
    });

    it('is accessible together with the article', async () => {
      const el = await render(withChanges({ related: richItems }));
      await carousel(el)!.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('when related is hidden or empty', () => {
    it('leaves the carousel out for hide="related"', async () => {
      const el = await render(withChanges({ related: richItems }), 'related');
      expect(carousel(el)).to.equal(null);
    });

    it('leaves the carousel out when there are no related items', async () => {
      const el = await render(withChanges({ related: [] }));
      expect(carousel(el)).to.equal(null);
    });
  });
});
