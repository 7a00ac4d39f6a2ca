import { expect } from '@open-wc/testing';
import { BUNDLE, STRICT, STRICT_NAMED, closePage, openPage } from './pages/open.js';

const article =
  '<folio-article id="inline"><script type="application/json">{"title": "Still here"}</script></folio-article>';

describe('more than one Folio on a page', () => {
  afterEach(closePage);

  for (const [name, csp] of [
    ['the strict policy', STRICT],
    [
      "the strict policy naming Folio's Trusted Types policies, with 'allow-duplicates'",
      `${STRICT_NAMED} 'allow-duplicates'`,
    ],
  ]) {
    it(`two copies of dist/folio.js load without an error, and the elements work, under ${name}`, async () => {
      const { probe, shadowOf } = await openPage({
        csp,
        body: article,
        // Each copy at an address of its own, with the files it loads beside it, as two versions are
        // served (a query string is no second copy: see docs/security.md).
        scripts: [BUNDLE, BUNDLE.replace('/bundle/', '/copy/'), '/test/safety/pages/strict-page.ts'],
      });
      expect(probe.errors).to.deep.equal([]);
      expect(probe.violations).to.deep.equal([]);
      expect(shadowOf('inline').querySelector('h1')!.textContent).to.equal('Still here');
      expect(shadowOf('full').querySelector('.body em')!.textContent).to.equal('twice');
    });
  }

  it('an older copy that defined the tags first keeps them, and loading Folio after it throws nothing', async () => {
    const { probe, document, page } = await openPage({
      body: article,
      scripts: ['/test/safety/pages/older-copy.js', BUNDLE, '/test/safety/pages/done.js'],
    });
    expect(probe.errors).to.deep.equal([]);
    expect(page.customElements.get('folio-article')!.name).to.equal('OlderFolio');
    expect(document.querySelector('folio-article')!.textContent).to.equal('An older Folio');
  });
});
