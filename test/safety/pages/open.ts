/** Opens a test page (see test/server/page.js) in a frame, for tests that need a page of their own. */
import { until } from '../../helpers.js';
import { hazards } from '../inspect.js';

/** What the page's probe recorded (see probe.js); the page's script sets `done`. */
export interface Probe {
  violations: string[];
  errors: string[];
  ran: string[];
  /** `folio-error` events, with the id of the element that fired each. */
  events: { type: string; target: string }[];
  done?: boolean;
}

export interface PageOptions {
  /** The Content-Security-Policy header to serve the page with. */
  csp?: string;
  /** Module scripts, run in order after the page is parsed; the last one sets `folio.done`. */
  scripts: string[];
  /** HTML for the page's body, as a server would print it. */
  body?: string;
}

/** The policy from the issue: nothing inline, and every HTML sink needs Trusted Types. */
export const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The same, allowing only the Trusted Types policies the README tells hosts to allow. */
export const STRICT_NAMED = `${STRICT}; trusted-types folio lit-html`;

/** The drop-in bundle, built from src/ by the test server. */
export const BUNDLE = '/__folio/bundle/folio.js';

let frame: HTMLIFrameElement | undefined;

/** Opens the page and waits until its script says it is done, or something went wrong. */
export async function openPage({ csp, scripts, body = '' }: PageOptions) {
  frame?.remove();
  const query = new URLSearchParams({ body, ...(csp && { csp }) });
  for (const script of scripts) query.append('script', script);
  frame = document.createElement('iframe');
  frame.src = `/__folio/page.html?${query}`;
  frame.style.cssText = 'width: 800px; height: 600px';
  document.body.append(frame);
  const page = frame.contentWindow as Window & typeof globalThis & { folio?: Probe };
  await until(() => page.folio?.done || page.folio?.errors.length, 20000);
  const document_ = frame.contentDocument!;
  const elements = [...document_.querySelectorAll('folio-article, folio-share-bar, folio-related')];
  return {
    probe: page.folio!,
    page,
    document: document_,
    shadowOf: (id: string) => document_.getElementById(id)!.shadowRoot!,
    hazards: elements.flatMap((el) => (el.shadowRoot ? hazards(el.shadowRoot) : [])),
  };
}

/** Closes the last page opened. */
export const closePage = () => frame?.remove();
