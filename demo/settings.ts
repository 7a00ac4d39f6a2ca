/** The settings panel: theme, preview width and language, and the embed snippet. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Copyable, Demo } from './app.js';
import { choices, range, select } from './controls.js';
import { BUNDLED_SCRIPT } from './embed.js';
import type { Choice } from './controls.js';
import { LANGUAGES, LANGUAGE_NAMES, WIDTHS } from './state.js';
import type { DemoState } from './state.js';
import { COLORS, DEFAULT_THEME, FONTS, RADIUS, SPACE } from './theme.js';
import type { ColorName, FontName, Scheme } from './theme.js';

const SCHEMES: Choice<Scheme>[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const FONT_CHOICES = Object.entries(FONTS).map(([value, { label }]) => ({ value: value as FontName, label }));

const WIDTH_CHOICES = WIDTHS.map((value) => ({ value, label: value === 'full' ? 'Full' : value }));

const LANGUAGE_CHOICES: Choice<string>[] = [
  { value: '', label: 'As in the content' },
  ...LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang], lang })),
];

export function settings(demo: Demo) {
  return html`<details
    class="settings"
    ?open=${demo.settingsOpen}
    @toggle=${(event: Event) => demo.showSettings((event.target as HTMLDetailsElement).open)}
  >
    <summary>Theme and preview settings</summary>
    <form @submit=${(event: Event) => event.preventDefault()}>
      ${renderTheme(demo)} ${renderPreview(demo)} ${renderEmbed(demo)}
    </form>
  </details>`;
}

function renderTheme(demo: Demo) {
  const { theme } = demo.state;
  const scheme = demo.scheme;
  const setColor = (name: ColorName, value: string) =>
    demo.setTheme({ colors: { ...theme.colors, [name]: { ...theme.colors[name], [scheme]: value } } });
  return html`<fieldset>
    <legend>Theme</legend>
    ${choices('Colour scheme', 'scheme', SCHEMES, theme.scheme, (value) => demo.setTheme({ scheme: value }))}
    <fieldset class="colors">
      <legend>Colours of the ${scheme} scheme</legend>
      ${(Object.keys(COLORS) as ColorName[]).map(
        (name) =>
          html`<label class="color">
            <input
              type="color"
              name=${name}
              .value=${live(theme.colors[name][scheme])}
              @input=${(event: Event) => setColor(name, (event.target as HTMLInputElement).value)}
            />
            ${COLORS[name].label}
          </label>`,
      )}
    </fieldset>
    ${select('Body font', 'body-font', FONT_CHOICES, theme.bodyFont, (value) => demo.setTheme({ bodyFont: value }))}
    ${select('Heading font', 'heading-font', FONT_CHOICES, theme.headingFont, (value) =>
      demo.setTheme({ headingFont: value }),
    )}
    ${range('Corner radius', 'radius', RADIUS, theme.radius, (value) => demo.setTheme({ radius: value }))}
    ${range('Spacing', 'space', SPACE, theme.space, (value) => demo.setTheme({ space: value }))}
    <div class="actions">
      <button type="button" class="copy-css" @click=${() => demo.copy('css')}>Copy CSS</button>
      <button type="button" @click=${() => demo.setTheme(DEFAULT_THEME)}>Reset theme</button>
    </div>
    ${renderCopyable(demo, 'css', 'CSS', demo.css)}
  </fieldset>`;
}

function renderPreview(demo: Demo) {
  const { width, lang } = demo.state;
  return html`<fieldset>
    <legend>Preview</legend>
    ${choices('Width in px', 'width', WIDTH_CHOICES, width, (value) => demo.update({ width: value }))}
    ${select('Language and direction', 'language', LANGUAGE_CHOICES, lang ?? '', (value) =>
      demo.update({ lang: (value || undefined) as DemoState['lang'] }),
    )}
  </fieldset>`;
}

function renderEmbed(demo: Demo) {
  const shown = demo.state.view === 'playground' ? 'playground' : 'gallery';
  return html`<fieldset>
    <legend>Embed</legend>
    <div class="field">
      <label for="script-url">Script URL</label>
      <input
        id="script-url"
        type="url"
        .value=${live(demo.scriptUrl)}
        aria-describedby="script-url-hint"
        @change=${(event: Event) => {
          const value = (event.target as HTMLInputElement).value.trim();
          demo.update({ script: value && value !== BUNDLED_SCRIPT ? value : undefined });
        }}
      />
      <p class="hint" id="script-url-hint">Where your site loads <code>folio.js</code> from.</p>
    </div>
    <div class="actions">
      <button type="button" class="copy-snippet" @click=${() => demo.copy('snippet')}>
        Copy embed snippet
      </button>
    </div>
    ${renderCopyable(demo, 'snippet', `Snippet for the ${shown}’s article`, demo.snippet)}
  </fieldset>`;
}

/** The text a copy button copies, to read or to select by hand, and the result of the last copy. */
function renderCopyable(demo: Demo, what: Copyable, summary: string, text: string) {
  const copied = demo.copied?.what === what ? demo.copied : undefined;
  return html`<p class="copied" role="status">
      ${copied ? (copied.ok ? 'Copied.' : 'The browser blocked copying: select the text below and copy it.') : nothing}
    </p>
    <details class="copyable" ?open=${copied?.ok === false}>
      <summary>${summary}</summary>
      <pre tabindex="0" aria-label=${summary}><code id=${`${what}-text`}>${text}</code></pre>
    </details>`;
}
