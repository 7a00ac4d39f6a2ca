/**
 * The UI strings of every language an element may speak: English, always here; the languages
 * Folio ships, each loaded (`import()`) the first time an element needs it; and those a page
 * registers with `registerTranslation`. The elements ask for a language tag as written (`pt-BR`,
 * `zh-TW`) and get the closest strings: the tag's own, else its script's (`zh-Hant`), else its
 * language's, each filled in from the next and finally from English.
 */
import en from '../locales/en.js';
import type { Translation } from '../locales/en.js';
import { SHIPPED_LANGUAGES, loadLanguage } from './shipped-languages.js';

export type { Translation };

/** What a page registers: a language's code, and its strings (those it leaves out come from a broader tag, then English). */
export type TranslationInput = Pick<Translation, '$code'> & Partial<Translation>;

/** The file of each language Folio ships, by lower-case code; each is fetched when needed. */
const SHIPPED = new Map(SHIPPED_LANGUAGES.map((file) => [file.toLowerCase(), file]));

/** Languages known under another code: Norwegian is written in Bokmål unless a page says `nn`. */
const ALIASES: Record<string, string> = { no: 'nb' };

/** Primary subtags of languages written right to left, for languages Folio has no strings for too. */
const RTL_LANGUAGES = new Set('ar arc ckb dv fa he iw ks ps sd syr ug ur yi'.split(' '));

/** The strings of each language code (lower case) the page has: English, the shipped files loaded, the page's own. */
const registered = new Map<string, Partial<Translation>>([['en', en]]);
/** Shipped files asked for, by code: settled once loaded, or once their load failed. */
const loads = new Map<string, Promise<void>>();
const settled = new Set<string>();
/** The merged strings of each tag asked for, until the next registration. */
const merged = new Map<string, Translation>();
const listeners = new Set<() => void>();

/**
 * Adds or overrides languages for every Folio element on the page, those already there included:
 * `registerTranslation({ $code: 'fr', $name: 'Français', $dir: 'ltr', share: 'Partagez' })`.
 * Strings it leaves out come from a broader tag (`pt` for `pt-BR`), then English; its strings win
 * over those Folio ships for the same code, whenever those load.
 */
export function registerTranslation(...translations: TranslationInput[]): void {
  for (const translation of translations) {
    const code = translation.$code.toLowerCase();
    registered.set(code, { ...registered.get(code), ...translation });
  }
  changed();
}

/** Calls `listener` whenever strings arrive or are registered. */
export function watchTranslations(listener: () => void): void {
  listeners.add(listener);
}

/** The codes whose strings may serve `lang`, most specific first: `zh-TW` → `zh-tw`, `zh-hant`, `zh`. */
function candidates(lang: string): string[] {
  const tag = lang.toLowerCase();
  const language = tag.split('-')[0];
  const codes = [tag];
  // The script decides between Chinese files: zh-TW and zh-HK are written in Traditional
  // characters, zh and zh-CN in Simplified. Intl knows which tag implies which script.
  if (language === 'zh') codes.push(`zh-${scriptOf(lang)}`);
  codes.push(ALIASES[language] ?? language);
  return [...new Set(codes)];
}

function scriptOf(lang: string): string {
  try {
    return new Intl.Locale(lang).maximize().script?.toLowerCase() ?? 'hans';
  } catch {
    return 'hans';
  }
}

/** The UI strings for `lang`: the closest registered ones, each string filled in from broader tags and English. */
export function translationFor(lang: string): Translation {
  let strings = merged.get(lang);
  if (!strings) {
    const layers = candidates(lang).map((code) => registered.get(code) ?? {});
    strings = Object.assign({}, en, ...layers.reverse()) as Translation;
    merged.set(lang, strings);
  }
  return strings;
}

/** `rtl` for right-to-left languages (Arabic, Hebrew, Persian, Urdu…), otherwise `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const own = candidates(lang).find((code) => registered.get(code)?.$dir);
  if (own) return registered.get(own)!.$dir!;
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

/**
 * Starts loading the files Folio ships for `lang` that are not here yet. Returns a promise that
 * settles when they have (a failed load falls back to English, with a console warning), or
 * nothing when there is nothing to wait for.
 */
export function loadTranslation(lang: string): Promise<void> | undefined {
  const pending = candidates(lang).flatMap((code) => loadShipped(code) ?? []);
  return pending.length ? Promise.all(pending).then(() => {}) : undefined;
}

function loadShipped(code: string): Promise<void> | undefined {
  const file = SHIPPED.get(code);
  if (!file || settled.has(code) || isComplete(registered.get(code))) return undefined;
  let loading = loads.get(code);
  if (!loading) {
    loading = loadLanguage(file)
      .then(
        // The page's own strings for this code win over Folio's.
        ({ default: strings }) => void registered.set(code, { ...strings, ...registered.get(code) }),
        (cause) =>
          console.warn(`Folio: the "${code}" strings could not be loaded: English is shown instead.`, cause),
      )
      .finally(() => {
        settled.add(code);
        changed();
      });
    loads.set(code, loading);
  }
  return loading;
}

/** A page that registered every string of a language needs no file for it. */
const isComplete = (strings: Partial<Translation> | undefined) =>
  !!strings && Object.keys(en).every((key) => key in strings);

function changed(): void {
  merged.clear();
  listeners.forEach((listener) => listener());
}
