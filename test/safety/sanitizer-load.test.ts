import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { BUNDLE, closePage, openPage } from './pages/open.js';

const article =
  '<folio-article id="inline"><script type="application/json">{"title": "Needs the sanitizer", "body": "<p>Some <em>HTML</em></p>"}</script></folio-article>';

describe('when DOMPurify cannot load', () => {
  afterEach(closePage);

  it('the element shows its error and fires folio-error, not a blank element', async () => {
    // The page's policy allows its own scripts and folio.js, and no other file beside it.
    const { origin } = location;
    const { page, probe, shadowOf } = await openPage({
      csp: `script-src ${origin}/test/safety/pages/ ${origin}${BUNDLE}`,
      body: article,
      scripts: ['/test/safety/pages/force-dompurify.js', BUNDLE, '/test/safety/pages/done.js'],
    });
    const alert = await until(() => shadowOf('inline').querySelector('[role="alert"]'));
    expect(alert.textContent).to.contain('could not load its HTML sanitizer');
    expect(shadowOf('inline').querySelector('h1')).to.equal(null);
    expect(probe.events).to.deep.include({ type: 'folio-error', target: 'inline' });
    // The violation report is an event queued on a task of its own, which may come after the alert.
    await until(() => probe.violations.some((violation) => violation.includes('script-src'))).catch(() => {});
    expect(probe.violations.join('\n')).to.contain('script-src');
    expect(page.document.querySelector('folio-article')!.shadowRoot).to.exist;
  });
});
