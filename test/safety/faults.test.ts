import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/drop-in.js';
import { DEFAULT_TIMEOUT, MAX_BYTES } from '../../src/internal/source.js';
import { captureWarnings, nextEvent, served, until } from '../helpers.js';
import { urlVectors } from './vectors.js';

/** Every element with a `src`, and the heading of its error message. */
const loaders = [
  { tag: 'folio-article', heading: 'This article could not be shown.', shown: 'h1' },
  { tag: 'folio-related', heading: 'Related articles could not be shown.', shown: '[part="card"]' },
];

/** A `src` that goes wrong, and what the reader is told. */
const faults: [fault: string, src: string, message: RegExp][] = [
  ['a 404', '/__folio/status/404', /the server answered 404 Not Found\.$/],
  ['a 500', '/__folio/status/500', /the server answered 500 Internal Server Error\.$/],
  [
    'a body that is not JSON',
    '/__folio/text?type=text/html&body=%3Cp%3EHello%3C/p%3E',
    /the response is not valid JSON \(expected a value at line 1, column 1\)\.$/,
  ],
  [
    'JSON of the wrong shape',
    served([1, 2, 3]),
    /in no format Folio reads|items has no item Folio can show/,
  ],
  ['an empty body', '/__folio/text?type=application/json', /the server sent an empty response\.$/],
  [
    'a body over the size limit, declared',
    `/__folio/large?declared=1&bytes=${MAX_BYTES + 1}`,
    /larger than the 5 MB limit\.$/,
  ],
  [
    'a body over the size limit, streamed',
    `/__folio/large?bytes=${MAX_BYTES + 1}`,
    /larger than the 5 MB limit\.$/,
  ],
  ['a request that never ends', '/__folio/hang', /the server did not answer within 0\.3 seconds\.$/],
  ['a body that never ends', '/__folio/hang-body', /the server did not answer within 0\.3 seconds\.$/],
  ['a server that cannot be reached', 'http://127.0.0.1:9/article.json', /the network request failed\.$/],
  ['an address that is not http(s)', 'javascript:alert(1)', /only http\(s\) URLs can be loaded\.$/],
];

/** Renders `tag` with `src`, resolving with its first `folio-error` (which may come before the first render ends). */
async function renderFailing(tag: string, src: string) {
  // A short timeout only where the server hangs on purpose: a 5 MB body on a busy machine may take longer.
  const el = Object.assign(document.createElement(tag), {
    timeout: src.includes('/hang') ? 300 : 10_000,
    src,
  });
  const error = nextEvent<{ message: string; cause?: unknown }>(el, 'folio-error');
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  return { el, detail: (await error).detail };
}

const empty = (tag: string) =>
  fixture<HTMLElement & { src?: string; timeout: unknown }>(
    staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`,
  );

/** The text an element shows once it has rendered content (not a loading or error message). */
const shownText = async (el: HTMLElement, selector: string) => {
  await until(() => el.shadowRoot!.querySelector(selector));
  return el.shadowRoot!.textContent!;
};

describe('faults', () => {
  for (const { tag, heading } of loaders) {
    describe(`<${tag}> when src answers with`, () => {
      for (const [fault, src, message] of faults) {
        it(`${fault}: an alert that says so, folio-error with the cause, and a working "Try again"`, async () => {
          const { el, detail } = await renderFailing(tag, src);
          expect(detail.message).to.match(message);
          expect(detail.cause, 'cause').to.be.instanceOf(Error);
          const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
          expect(alert.checkVisibility(), 'the alert is visible').to.equal(true);
          expect(alert.textContent).to.contain(heading).and.contain(detail.message);
          const retry = alert.querySelector<HTMLButtonElement>('button[part="retry"]')!;
          expect(retry.textContent!.trim()).to.equal('Try again');
          const again = nextEvent<{ message: string }>(el, 'folio-error');
          retry.focus();
          retry.click();
          expect((await again).detail.message).to.equal(detail.message);
          // The reader is put back on "Try again", not left on a button that is gone.
          await until(() => el.shadowRoot!.activeElement?.matches('[part="retry"]'));
        });
      }
    });
  }

  describe('when src changes quickly many times', () => {
    for (const { tag, shown } of loaders) {
      it(`<${tag}> renders only the last one`, async () => {
        const el = await empty(tag);
        const document = (n: number) => ({
          title: `Article ${n}`,
          related: [{ url: `/r/${n}`, title: `Related ${n}` }],
        });
        // Earlier answers come later: without cancelling, a stale one would win.
        for (let n = 1; n <= 20; n++) {
          el.src = served(document(n), (20 - n) * 15);
          await new Promise(requestAnimationFrame);
        }
        expect(await shownText(el, shown)).to.contain(tag === 'folio-article' ? 'Article 20' : 'Related 20');
        await fetch(served({}, 350)); // every earlier answer is due by now
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(el.shadowRoot!.querySelectorAll(shown)).to.have.length(1);
        expect(el.shadowRoot!.textContent).to.contain(tag === 'folio-article' ? 'Article 20' : 'Related 20');
      });
    }
  });

  describe('timeout', () => {
    for (const { tag, shown } of loaders) {
      it(`<${tag}> allows ${DEFAULT_TIMEOUT / 1000} s by default, and a value that is not a duration falls back to it`, async () => {
        const el = await empty(tag);
        expect(el.timeout).to.equal(15000);
        el.timeout = 'soon';
        el.src = served({ title: 'Slow but fine', related: [{ url: '/r', title: 'Slow but fine' }] }, 200);
        expect(await shownText(el, shown)).to.contain('Slow but fine');
      });
    }
  });

  describe('src the URL guard refuses', () => {
    it('is never requested', async () => {
      const requested: string[] = [];
      const original = window.fetch;
      window.fetch = (input) => {
        requested.push(String(input));
        return Promise.reject(new TypeError('offline in this test'));
      };
      try {
        // Each refused URL is also reported with a warning: captured, so the log stays readable.
        await captureWarnings(async () => {
          const box = await fixture<HTMLElement>(html`<div></div>`);
          for (const { tag } of loaders) {
            for (const src of urlVectors) {
              const el = Object.assign(document.createElement(tag), { src });
              box.append(el);
              await nextEvent(el, 'folio-error');
            }
          }
        });
      } finally {
        window.fetch = original;
      }
      const refused = requested.filter((url) => !/^https?:\/\//.test(url));
      expect(refused).to.deep.equal([]);
    });
  });
});
