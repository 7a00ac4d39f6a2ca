import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { BUNDLE, STRICT, STRICT_NAMED, closePage, openPage } from './pages/open.js';
import { sanitizerPaths } from '../sanitizer-paths.js';
import type { SanitizerPath } from '../sanitizer-paths.js';

const inline =
  '<folio-article id="inline"><script type="application/json">{"title": "Printed by the server", "body": "<p>Inline <em>JSON</em></p>"}</script></folio-article>';

/**
 * The real drop-in bundle under `csp`, its sanitizer on `path`, then the page's script, which
 * renders every element (and with `hostile`, every vector) and says when it is done.
 */
const openStrictPage = (csp: string, path: SanitizerPath, { hostile = false } = {}) =>
  openPage({
    csp,
    body: inline,
    scripts: [
      ...(path === 'DOMPurify' ? ['/test/safety/pages/force-dompurify.js'] : []),
      BUNDLE,
      `/test/safety/pages/strict-page.ts${hostile ? '?hostile' : ''}`,
    ],
  });

/** Whether the page fetched DOMPurify's code: a file of the bundle that holds its hook names. */
async function loadedDOMPurify(page: Window) {
  const files = page.performance
    .getEntriesByType('resource')
    .map(({ name }) => name)
    .filter((url) => new URL(url).pathname.startsWith('/__folio/bundle/'));
  const code = await Promise.all(files.map((url) => fetch(url).then((response) => response.text())));
  return code.some((text) => text.includes('uponSanitizeElement'));
}

for (const path of sanitizerPaths)
  describe(`a page with a strict Content-Security-Policy and Trusted Types, through the ${path} sanitizer`, () => {
    afterEach(closePage);

    it(`loads DOMPurify ${path === 'DOMPurify' ? 'on demand' : 'not at all'}`, async () => {
      const { page } = await openStrictPage(STRICT_NAMED, path);
      expect(await loadedDOMPurify(page)).to.equal(path === 'DOMPurify');
    });

    it('is served with the policy, and the browser enforces it', async function () {
      const response = await fetch(`/__folio/page.html?${new URLSearchParams({ csp: STRICT })}`);
      expect(response.headers.get('content-security-policy')).to.equal(STRICT);
      const { page, document } = await openStrictPage(STRICT, path);
      // A browser without Trusted Types cannot enforce them: say so instead of passing silently.
      if (!('trustedTypes' in page)) this.skip();
      expect(() => (document.body.innerHTML = '<b>blocked</b>')).to.throw();
      expect(document.body.innerHTML).not.to.contain('blocked');
    });

    for (const [name, csp] of [
      ['the issue’s policy', STRICT],
      ['a policy that allows only the Trusted Types policies Folio documents', STRICT_NAMED],
    ]) {
      it(`renders every element and input with no violation under ${name}`, async () => {
        const { probe, shadowOf, document, hazards } = await openStrictPage(csp, path);
        expect(probe.violations, 'violations').to.deep.equal([]);
        expect(probe.errors, 'errors').to.deep.equal([]);
        expect(hazards).to.deep.equal([]);
        const title = 'River towns learn to live with floods';
        expect(shadowOf('full').querySelector('h1')!.textContent).to.equal(title);
        // Sanitized HTML reached the DOM through the 'folio' policy, formatting and links intact.
        expect(shadowOf('full').querySelector('.body em')!.textContent).to.equal('twice');
        expect(shadowOf('full').querySelector('.body a[href$="/mayor"]')).to.exist;
        expect(document.querySelector('#full > script[type="application/ld+json"]')!.textContent).to.contain(
          title,
        );
        expect(shadowOf('fetched').querySelector('h1')!.textContent).to.equal(title);
        expect(shadowOf('inline').querySelector('.body em')!.textContent).to.equal('JSON');
        // The adapters rewrite HTML (embeds into links, excerpt tails away) through the policy too.
        expect(shadowOf('wordpress').querySelector('h1')!.textContent).to.equal(
          'From WordPress – with entities',
        );
        expect(shadowOf('wordpress').querySelector('[part="dek"]')!.textContent).to.equal('The excerpt.');
        expect(shadowOf('wordpress').querySelector('.body a[href="https://www.youtube.com/watch?v=abc123"]'))
          .to.exist;
        expect(shadowOf('json-ld').querySelector('.body strong')!.textContent).to.equal('HTML');
        expect(shadowOf('json-ld').querySelector('.body a[href="https://vimeo.com/42"]')).to.exist;
        expect(document.querySelector('folio-share-bar')!.shadowRoot!.querySelectorAll('a[href^="https:"]'))
          .not.to.be.empty;
      });
    }

    it('keeps every vector inert, and the browser blocks only what the sanitizer then removes', async () => {
      const { probe, shadowOf, hazards } = await openStrictPage(STRICT_NAMED, path, { hostile: true });
      expect(probe.ran, 'scripts that ran').to.deep.equal([]);
      expect(probe.errors, 'errors').to.deep.equal([]);
      expect(hazards).to.deep.equal([]);
      expect(shadowOf('hostile').querySelectorAll('.body p').length).to.be.above(500);
      // Chromium applies the page's policy to the inert document DOMPurify parses into, so inline
      // styles, handlers and <base> in the input are reported there before DOMPurify removes them.
      // Nothing else may be: no Trusted Types failure, no script, frame, object or image load.
      const kinds = new Set(probe.violations.map((violation) => violation.split(' ')[0]));
      expect(
        [...kinds].filter(
          (kind) => !['script-src-attr', 'style-src-attr', 'style-src-elem', 'base-uri'].includes(kind),
        ),
      ).to.deep.equal([]);
    });

    it('reports a Trusted Types violation when the page does not allow the folio policy', async function () {
      const { page, probe } = await openStrictPage(`${STRICT}; trusted-types lit-html`, path);
      // A browser without Trusted Types cannot enforce them: say so instead of passing silently.
      if (!('trustedTypes' in page)) this.skip();
      // The report is an event queued on a task of its own, which may come after the page is done.
      await until(() => probe.violations.some((violation) => violation.includes('trusted-types'))).catch(() => {});
      expect(probe.violations.join('\n')).to.contain('trusted-types');
    });
  });
