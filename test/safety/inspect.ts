/**
 * What the safety tests look for in rendered output: elements and attributes that could run
 * script or redirect the page, anywhere in a tree and the shadow trees inside it, and calls
 * to the functions the vectors use to report that they ran.
 */

/** Elements that never belong in Folio's output, whatever the input. */
const FORBIDDEN = new Set(
  'script iframe frame frameset object embed applet portal base meta link style'.split(' '),
);

/** Attributes that hold a URL, as browsers read them (`srcset` holds several). */
const URL_ATTRIBUTES = new Set(
  'href xlink:href src action formaction poster data cite background ping srcset codebase dynsrc lowsrc'.split(
    ' ',
  ),
);

/** SVG animation attributes that can write a URL into another attribute. */
const ANIMATION_VALUES = new Set('to from values by'.split(' '));

/** The schemes the URL guard keeps; anything else in a URL attribute is a hole. */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Every element in `root` and in the open shadow roots and templates inside it. */
export function allElements(root: ParentNode, into: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    into.push(element);
    if (element.shadowRoot) allElements(element.shadowRoot, into);
    if (element instanceof HTMLTemplateElement) allElements(element.content, into);
  }
  return into;
}

/** Describes each way the rendered tree under `root` could run script; empty when it cannot. */
export function hazards(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of allElements(root)) {
    const tag = element.localName;
    if (FORBIDDEN.has(tag)) found.push(`<${tag}> element`);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name)!;
      const hazard = attributeHazard(name, value);
      if (hazard) found.push(`${hazard} <${tag} ${name}="${value.slice(0, 60)}">`);
    }
  }
  return found;
}

function attributeHazard(name: string, value: string): string | undefined {
  if (name.startsWith('on')) return 'event handler';
  if (name === 'srcdoc') return 'srcdoc';
  if (URL_ATTRIBUTES.has(name)) return urlsIn(name, value).every(isAllowed) ? undefined : 'refused URL';
  if (ANIMATION_VALUES.has(name) && /script:|data:/i.test(value.replace(/[\s\0]/g, '')))
    return 'script URL in animation';
  if (name === 'style' && /expression\(|javascript:|behavior:|-moz-binding/i.test(value))
    return 'scripted CSS';
  return undefined;
}

const urlsIn = (name: string, value: string) =>
  name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [value];

/** Reads `url` the way the browser will when it follows or loads it (shadow trees share the page's base). */
function isAllowed(url: string): boolean {
  // What the URL guard writes is absolute: its scheme is plain to see, without parsing.
  if (/^(?:https?|mailto):/.test(url)) return true;
  try {
    return ALLOWED_SCHEMES.has(new URL(url, document.baseURI).protocol);
  } catch {
    return true; // the browser cannot parse it either, so it goes nowhere
  }
}

const TRAPPED = ['alert', 'confirm', 'prompt', 'print'] as const;

type Trapped = Record<(typeof TRAPPED)[number], unknown> & { folioXss?: unknown };

/**
 * Replaces the functions vectors call with recorders, and clears the `folioXss` flag.
 * `ran()` lists what was called; `restore()` puts the originals back.
 */
export function trapScripts() {
  const page = window as unknown as Trapped;
  const calls: string[] = [];
  const originals = TRAPPED.map((name) => [name, page[name]] as const);
  for (const name of TRAPPED) page[name] = (...args: unknown[]) => void calls.push(`${name}(${args.join()})`);
  delete page.folioXss;
  return {
    ran: () => (page.folioXss === undefined ? calls : [...calls, `folioXss = ${String(page.folioXss)}`]),
    restore: () => originals.forEach(([name, original]) => (page[name] = original)),
  };
}

/**
 * Collects what is thrown out of the page (uncaught errors and unhandled rejections) in `thrown`,
 * and silences console.warn meanwhile: refused URLs and unknown blocks are reported with warnings,
 * thousands of them in these tests. `restore()` removes the listeners and puts console.warn back.
 */
export function catchPageErrors() {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    thrown.push('reason' in event ? event.reason : event.error);
  const warn = console.warn;
  console.warn = () => {};
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    thrown,
    restore: () => {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

interface Updating {
  updateComplete?: Promise<unknown>;
}

/** Waits until every Lit element under `root`, nested ones included, has rendered. */
export async function settle(root: ParentNode): Promise<void> {
  // An update that schedules another each time would never settle: after a few rounds, stop and say which.
  for (let round = 0; ; round++) {
    const elements = allElements(root).filter((el) => (el as Updating).updateComplete);
    const done = await Promise.all(elements.map((el) => (el as Updating).updateComplete));
    const busy = elements.filter((_, i) => done[i] === false);
    if (!busy.length) return;
    if (round === 10) throw new Error(`Still updating after 10 rounds: ${busy.map((el) => el.localName)}`);
  }
}
