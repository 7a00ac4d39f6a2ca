/**
 * Everything a designer can set in the demo, and its place in the page's query string, so that
 * a link reopens the demo as it was. Only values that differ from the defaults are written.
 */
import { COLORS, DEFAULT_THEME, FONTS, RADIUS, SCHEMES, SPACE } from './theme.js';
import type { ColorName, ColorPair, Theme } from './theme.js';

export const VIEWS = ['gallery', 'playground'] as const;
export const FORMATS = ['folio', 'json-feed', 'wordpress', 'json-ld'] as const;
export const WIDTHS = ['full', '1200', '768', '320'] as const;
/** The languages Folio has UI strings for, each by its own name, which the previews can be shown in. */
export const LANGUAGE_NAMES = {
  en: 'English',
  ar: 'العربية',
  bn: 'বাংলা',
  cs: 'Čeština',
  da: 'Dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  es: 'Español',
  fa: 'فارسی',
  fi: 'Suomi',
  fr: 'Français',
  he: 'עברית',
  hi: 'हिन्दी',
  hu: 'Magyar',
  id: 'Bahasa Indonesia',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  nb: 'Norsk bokmål',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
  ro: 'Română',
  ru: 'Русский',
  sv: 'Svenska',
  th: 'ไทย',
  tr: 'Türkçe',
  uk: 'Українська',
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
} as const;
export type Language = keyof typeof LANGUAGE_NAMES;
export const LANGUAGES = Object.keys(LANGUAGE_NAMES) as Language[];

/** The direction a page in `lang` is written in: of the demo's languages, Arabic, Hebrew and Persian are right to left. */
export const directionOf = (lang: Language) => (['ar', 'fa', 'he'].includes(lang) ? 'rtl' : 'ltr');

export interface DemoState {
  view: (typeof VIEWS)[number];
  /** The sample the playground's editor starts from. */
  format: (typeof FORMATS)[number];
  /** Width of the preview container in px, or the whole space. */
  width: (typeof WIDTHS)[number];
  /** The language the previews are shown in; `undefined` keeps the content's own. */
  lang?: Language;
  /** Where the embed snippet loads Folio from; `undefined` is the copy served beside the demo. */
  script?: string;
  theme: Theme;
}

export const DEFAULT_STATE: DemoState = {
  view: 'gallery',
  format: 'folio',
  width: 'full',
  theme: DEFAULT_THEME,
};

const HEX = /^[0-9a-f]{6}$/i;

const oneOf = <T extends string>(value: string | null, choices: readonly T[], fallback: T): T =>
  choices.includes(value as T) ? (value as T) : fallback;

function integer(value: string | null, { min, max, default: fallback }: typeof RADIUS): number {
  const n = Number(value ?? NaN);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** `accent=0b57d0-8ab4f8` is the light and the dark colour; a bad value keeps the default. */
function colorPair(value: string | null, fallback: ColorPair): ColorPair {
  const [light, dark] = value?.split('-') ?? [];
  return HEX.test(light) && HEX.test(dark)
    ? { light: `#${light.toLowerCase()}`, dark: `#${dark.toLowerCase()}` }
    : fallback;
}

export function readState(search: string): DemoState {
  const query = new URLSearchParams(search);
  const fonts = Object.keys(FONTS) as (keyof typeof FONTS)[];
  const colors = Object.fromEntries(
    (Object.keys(COLORS) as ColorName[]).map((name) => [
      name,
      colorPair(query.get(name), DEFAULT_THEME.colors[name]),
    ]),
  ) as Theme['colors'];
  const lang = query.get('lang');
  return {
    view: oneOf(query.get('view'), VIEWS, DEFAULT_STATE.view),
    format: oneOf(query.get('format'), FORMATS, DEFAULT_STATE.format),
    width: oneOf(query.get('width'), WIDTHS, DEFAULT_STATE.width),
    lang: LANGUAGES.includes(lang as Language) ? (lang as Language) : undefined,
    script: query.get('script') || undefined,
    theme: {
      scheme: oneOf(query.get('scheme'), SCHEMES, DEFAULT_THEME.scheme),
      colors,
      bodyFont: oneOf(query.get('body'), fonts, DEFAULT_THEME.bodyFont),
      headingFont: oneOf(query.get('heading'), fonts, DEFAULT_THEME.headingFont),
      radius: integer(query.get('radius'), RADIUS),
      space: integer(query.get('space'), SPACE),
    },
  };
}

export function writeState(state: DemoState): string {
  const { theme } = state;
  const query = new URLSearchParams();
  const set = (name: string, value: unknown, fallback: unknown) => {
    if (value !== undefined && value !== fallback) query.set(name, String(value));
  };
  set('view', state.view, DEFAULT_STATE.view);
  set('format', state.format, DEFAULT_STATE.format);
  set('width', state.width, DEFAULT_STATE.width);
  set('lang', state.lang, undefined);
  set('script', state.script, undefined);
  set('scheme', theme.scheme, DEFAULT_THEME.scheme);
  for (const name of Object.keys(COLORS) as ColorName[]) {
    const { light, dark } = theme.colors[name];
    const fallback = DEFAULT_THEME.colors[name];
    if (light !== fallback.light || dark !== fallback.dark)
      query.set(name, `${light}-${dark}`.replace(/#/g, ''));
  }
  set('body', theme.bodyFont, DEFAULT_THEME.bodyFont);
  set('heading', theme.headingFont, DEFAULT_THEME.headingFont);
  set('radius', theme.radius, DEFAULT_THEME.radius);
  set('space', theme.space, DEFAULT_THEME.space);
  const search = query.toString();
  return search ? `?${search}` : '';
}
