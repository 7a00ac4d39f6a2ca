/**
 * The theme a designer builds in the demo, written as Folio's public `--folio-*` custom
 * properties: the same declarations style the previews and make the CSS a site pastes.
 */

export const SCHEMES = ['auto', 'light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];
export type ColorName = 'accent' | 'text' | 'bg';
/** A colour for each scheme: Folio's defaults come in light and dark pairs, and so do a designer's. */
export type ColorPair = { light: string; dark: string };

export interface Theme {
  scheme: Scheme;
  colors: Record<ColorName, ColorPair>;
  bodyFont: FontName;
  headingFont: FontName;
  /** Corner radius in px. */
  radius: number;
  /** The spacing unit in px. */
  space: number;
}

export const COLORS: Record<ColorName, { label: string; property: string }> = {
  accent: { label: 'Accent', property: '--folio-color-accent' },
  text: { label: 'Text', property: '--folio-color-text' },
  bg: { label: 'Background', property: '--folio-color-bg' },
};

/** A few font stacks that need no web font: each names what common systems already have. */
export const FONTS = {
  default: { label: 'Folio default', stack: '' },
  'classic-serif': { label: 'Classic serif', stack: "Georgia, 'Times New Roman', Times, serif" },
  'old-style': {
    label: 'Old style serif',
    stack: "'Iowan Old Style', 'Palatino Linotype', 'URW Palladio L', P052, serif",
  },
  system: {
    label: 'System sans',
    stack: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  },
  humanist: {
    label: 'Humanist sans',
    stack: "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, sans-serif",
  },
  geometric: {
    label: 'Geometric sans',
    stack: "Avenir, Montserrat, Corbel, 'URW Gothic', source-sans-pro, sans-serif",
  },
  mono: {
    label: 'Monospace',
    stack: "ui-monospace, 'Cascadia Code', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  },
} as const;
export type FontName = keyof typeof FONTS;

export const RADIUS = { min: 0, max: 24, default: 6 };
export const SPACE = { min: 8, max: 32, default: 16 };

export const DEFAULT_THEME: Theme = {
  scheme: 'auto',
  // Folio's own colours (src/internal/tokens.ts), shown by the pickers until a colour is chosen.
  colors: {
    accent: { light: '#b3261e', dark: '#ff8a80' },
    text: { light: '#1c1d1f', dark: '#e8e6e3' },
    bg: { light: '#ffffff', dark: '#16181b' },
  },
  bodyFont: 'default',
  headingFont: 'default',
  radius: RADIUS.default,
  space: SPACE.default,
};

/**
 * The custom properties that turn Folio's defaults into `theme`. A colour changed for one scheme
 * keeps its pair: forced schemes need only their own value, `auto` gets `light-dark()`.
 */
export function themeProperties(theme: Theme): Record<string, string> {
  const properties: Record<string, string> = {};
  if (theme.scheme !== 'auto') properties['--folio-color-scheme'] = theme.scheme;
  for (const name of Object.keys(COLORS) as ColorName[]) {
    const value = colorValue(theme, name);
    if (value) properties[COLORS[name].property] = value;
  }
  if (theme.bodyFont !== 'default') properties['--folio-font-body'] = FONTS[theme.bodyFont].stack;
  if (theme.headingFont !== 'default') properties['--folio-font-heading'] = FONTS[theme.headingFont].stack;
  if (theme.radius !== RADIUS.default) properties['--folio-radius'] = `${theme.radius}px`;
  if (theme.space !== SPACE.default) properties['--folio-space'] = `${theme.space}px`;
  return properties;
}

function colorValue({ scheme, colors }: Theme, name: ColorName): string | undefined {
  const { light, dark } = colors[name];
  const defaults = DEFAULT_THEME.colors[name];
  if (scheme !== 'auto') return colors[name][scheme] === defaults[scheme] ? undefined : colors[name][scheme];
  if (light === defaults.light && dark === defaults.dark) return undefined;
  return light === dark ? light : `light-dark(${light}, ${dark})`;
}

/** The CSS a site pastes: the custom properties inherit into every Folio element on the page. */
export function themeCss(theme: Theme): string {
  const declarations = Object.entries(themeProperties(theme)).map(([name, value]) => `  ${name}: ${value};`);
  if (!declarations.length) return "/* Folio's default theme: nothing to override. */";
  return `:root {\n${declarations.join('\n')}\n}`;
}
