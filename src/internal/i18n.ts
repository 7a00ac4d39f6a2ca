/** The language and direction an element speaks in, read from the tree around it, and its strings filled in. */
import { isServer } from 'lit';
import { directionOf } from './translations.js';

/** `lang` if Intl reads it as a language tag, else undefined: not `en_US`, nor the POSIX `C` a browser may report. */
function wellFormed(lang: string | null): string | undefined {
  try {
    return lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
  } catch {
    return undefined;
  }
}

const isDir = (dir: string | null): dir is 'ltr' | 'rtl' => dir === 'ltr' || dir === 'rtl';

/**
 * The language an element speaks and its direction, in one walk up the tree (across shadow roots).
 * The language: its own `lang`, else the nearest ancestor's, else the page's, else the browser's;
 * a `lang` Intl cannot read counts as none. The direction: its own `dir` (`ltr` or `rtl`), else the
 * nearest ancestor's, as the browser lays it out, else the language's.
 */
export function localeOf(element: Element): { lang: string; dir: 'ltr' | 'rtl' } {
  // A server renders each element on its own, with no tree around it: its own `lang`, or English.
  if (isServer) {
    const lang = wellFormed(element.getAttribute('lang')) ?? 'en';
    const dir = element.getAttribute('dir');
    return { lang, dir: isDir(dir) ? dir : directionOf(lang) };
  }
  let lang: string | undefined;
  let dir: 'ltr' | 'rtl' | undefined;
  for (let node: Node | null = element; node && !(lang && dir);) {
    if (node instanceof Element) {
      lang ??= wellFormed(node.getAttribute('lang'));
      const own = node.getAttribute('dir');
      if (!dir && isDir(own)) dir = own;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  // An element not in the page yet speaks the page's language.
  const root = document.documentElement;
  lang ??= wellFormed(root.lang) ?? wellFormed(navigator.language) ?? 'en';
  if (!dir && isDir(root.dir)) dir = root.dir;
  return { lang, dir: dir ?? directionOf(lang) };
}

/** Fills `{name}` placeholders with text: `format('{n} of {total}', { n: '1', total: '3' })`. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * Fills `{name}` placeholders with anything a template can hold (a `<time>`, a list with links),
 * wherever the language puts them: returns the parts in order.
 */
export function formatParts(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? values[part] : part));
}
