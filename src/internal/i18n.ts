/** Language, direction and UI strings shared by every element. */
import { isServer } from 'lit';

/** The locales Folio ships UI strings for; anything else falls back to English. */
export type Locale = 'en' | 'fr' | 'es' | 'de' | 'ar';

/** One table of UI strings per locale; English is complete, the others fall back to it. */
export type Messages<K extends string> = { en: Record<K, string> } & Partial<
  Record<Exclude<Locale, 'en'>, Record<K, string>>
>;

/** Primary subtags of languages written right to left. */
const RTL_LANGUAGES = new Set('ar arc ckb dv fa he iw ks ps sd syr ug ur yi'.split(' '));

/** The primary subtag of a BCP 47 tag, lower-cased: `pt-BR` → `pt`. */
const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];

/** `rtl` for right-to-left scripts (Arabic, Hebrew, Persian, Urdu…), otherwise `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(primary(lang)) ? 'rtl' : 'ltr';
}

/** `lang` if Intl reads it as a language tag, else undefined: not `en_US`, nor the POSIX `C` a browser may report. */
function wellFormed(lang: string | null): string | undefined {
  try {
    return lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language an element speaks: its own `lang`, then its nearest ancestor's (across shadow
 * roots), then the page's, then the browser's; a `lang` Intl cannot read counts as none. `visit`
 * sees each element on the way, up to the one with the `lang`.
 */
export function languageOf(element: Element, visit?: (node: Element) => void): string {
  // A server renders each element on its own, with no tree around it: its own `lang`, or English.
  if (isServer) {
    visit?.(element);
    return wellFormed(element.getAttribute('lang')) ?? 'en';
  }
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      visit?.(node);
      const lang = wellFormed(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return wellFormed(document.documentElement.lang) ?? wellFormed(navigator.language) ?? 'en';
}

/**
 * The language an element speaks and its reading direction, in the one walk up the tree of
 * `languageOf`. The direction is the nearest `dir` (`ltr` or `rtl`), unless a `lang` comes first,
 * when it is that language's.
 */
export function localeOf(element: Element): { lang: string; dir: 'ltr' | 'rtl' } {
  let dir: 'ltr' | 'rtl' | undefined;
  const lang = languageOf(element, (node) => {
    const own = node.getAttribute('dir');
    if (!dir && (own === 'ltr' || own === 'rtl')) dir = own;
  });
  return { lang, dir: dir ?? directionOf(lang) };
}

/** Picks the strings for `lang` from a table, falling back to English. */
export function localize<K extends string>(messages: Messages<K>, lang: string): Record<K, string> {
  return messages[primary(lang) as Locale] ?? messages.en;
}

/** Fills `{name}` placeholders: `format('{n} of {total}', { n: 1, total: 3 })`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
