import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { hazards } from './inspect.js';

/** The policy from the issue: nothing inline, and every HTML sink needs Trusted Types. */
const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The same, allowing only the Trusted Types policies the README tells hosts to allow. */
const STRICT_NAMED = `${STRICT}; trusted-types folio lit-html`;

interface Probe {
  violations: string[];
  errors: string[];
  ran: string[];
  done?: boolean;
}

const inline =
  '<folio-article id="inline"><script type="application/json">{"title": "Printed by the server", "body": "<p>Inline <em>JSON</em></p>"}</script></folio-article>';

let frame: HTMLIFrameElement | undefined;

/**
 * Opens the test page in a frame, served with `csp`: the real drop-in bundle, then the page's
 * script, which renders every element (and with `hostile`, every vector) and says when it is done.
 */
async function openPage(csp: string, { hostile = false } = {}) {
  const query = new URLSearchParams({ csp, body: inline });
  query.append('script', '/__folio/bundle/folio.js');
  query.append('script', `/test/safety/pages/strict-page.ts${hostile ? '?hostile' : ''}`);
  frame = document.createElement('iframe');
  frame.src = `/__folio/page.html?${query}`;
  frame.style.cssText = 'width: 800px; height: 600px';
  document.body.append(frame);
  const page = frame.contentWindow as Window & { folio?: Probe };
  await until(() => page.folio?.done || page.folio?.errors.length, 20000);
  const document_ = frame.contentDocument!;
  const shadowOf = (id: string) => document_.getElementById(id)!.shadowRoot!;
  const elements = [...document_.querySelectorAll('folio-article, folio-share-bar, folio-related')];
  return {
    probe: page.folio!,
    page,
    document: document_,
    shadowOf,
    hazards: elements.flatMap((el) => hazards(el.shadowRoot!)),
  };
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  afterEach(() => frame?.remove());

  it('is served with the policy, and the browser enforces it', async () => {
    const response = await fetch(`/__folio/page.html?${new URLSearchParams({ csp: STRICT })}`);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT);
    const { page, document } = await openPage(STRICT);
    if (!('trustedTypes' in page)) return;
    expect(() => (document.body.innerHTML = '<b>blocked</b>')).to.throw();
    expect(document.body.innerHTML).not.to.contain('blocked');
  });

  for (const [name, csp] of [
    ['the issue’s policy', STRICT],
    ['a policy that allows only the Trusted Types policies Folio documents', STRICT_NAMED],
  ]) {
    it(`renders every element and input with no violation under ${name}`, async () => {
      const { probe, shadowOf, document, hazards } = await openPage(csp);
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
      expect(shadowOf('wordpress').querySelector('.body a[href="https://www.youtube.com/watch?v=abc123"]')).to
        .exist;
      expect(shadowOf('json-ld').querySelector('.body strong')!.textContent).to.equal('HTML');
      expect(shadowOf('json-ld').querySelector('.body a[href="https://vimeo.com/42"]')).to.exist;
      expect(document.querySelector('folio-share-bar')!.shadowRoot!.querySelectorAll('a[href^="https:"]')).not
        .to.be.empty;
    });
  }

  it('keeps every vector inert, and the browser blocks only what the sanitizer then removes', async () => {
    const { probe, shadowOf, hazards } = await openPage(STRICT_NAMED, { hostile: true });
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

  it('reports a Trusted Types violation when the page does not allow the folio policy', async () => {
    const { page, probe } = await openPage(`${STRICT}; trusted-types lit-html`);
    if (!('trustedTypes' in page)) return;
    expect(probe.violations.join('\n')).to.contain('trusted-types');
  });
});
