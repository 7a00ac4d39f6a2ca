/**
 * The languages Folio ships besides English, by file name (src/locales/), and how one loads. The
 * drop-in builds put another module in this one's place (scripts/languages.ts): there each
 * language is a file at a stable name beside folio.js, so the core holds only the list of names.
 */
import type { Translation } from '../locales/en.js';

const FILES: Record<string, () => Promise<{ default: Translation }>> = {
  ar: () => import('../locales/ar.js'),
  bn: () => import('../locales/bn.js'),
  cs: () => import('../locales/cs.js'),
  da: () => import('../locales/da.js'),
  de: () => import('../locales/de.js'),
  el: () => import('../locales/el.js'),
  es: () => import('../locales/es.js'),
  fa: () => import('../locales/fa.js'),
  fi: () => import('../locales/fi.js'),
  fr: () => import('../locales/fr.js'),
  he: () => import('../locales/he.js'),
  hi: () => import('../locales/hi.js'),
  hu: () => import('../locales/hu.js'),
  id: () => import('../locales/id.js'),
  it: () => import('../locales/it.js'),
  ja: () => import('../locales/ja.js'),
  ko: () => import('../locales/ko.js'),
  nb: () => import('../locales/nb.js'),
  nl: () => import('../locales/nl.js'),
  pl: () => import('../locales/pl.js'),
  pt: () => import('../locales/pt.js'),
  ro: () => import('../locales/ro.js'),
  ru: () => import('../locales/ru.js'),
  sv: () => import('../locales/sv.js'),
  th: () => import('../locales/th.js'),
  tr: () => import('../locales/tr.js'),
  uk: () => import('../locales/uk.js'),
  vi: () => import('../locales/vi.js'),
  'zh-Hans': () => import('../locales/zh-Hans.js'),
  'zh-Hant': () => import('../locales/zh-Hant.js'),
};

/** The file name of each shipped language, `zh-Hans` for one. */
export const SHIPPED_LANGUAGES = Object.keys(FILES);

/** Loads the strings of a language in `SHIPPED_LANGUAGES`. */
export const loadLanguage = (file: string) => FILES[file]();
