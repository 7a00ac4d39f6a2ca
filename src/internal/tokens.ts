/**
 * The theming API shared by every element: public `--folio-*` custom properties (they inherit
 * through shadow roots, so setting them on any ancestor themes all of Folio) resolved into private
 * `--_*` variables. Host page styles reach Folio only through inheritance, and the inherited text
 * styles are reset at the top of each shadow tree, so only the `--folio-*` properties (and
 * `lang`/`dir`) carry over on purpose.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: var(--folio-color-scheme, light dark);
    --_font-body: var(--folio-font-body, Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif);
    --_font-ui: var(--folio-font-ui, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-heading: var(--folio-font-heading, var(--_font-ui));
    /* The element's own text font: the body font, or the UI font for the share bar and carousel. */
    --_font: var(--_font-body);
    --_text: var(--folio-color-text, light-dark(#1c1d1f, #e8e6e3));
    --_muted: var(--folio-color-muted, light-dark(#5b5f66, #a3a7ae));
    --_bg: var(--folio-color-bg, light-dark(#ffffff, #16181b));
    --_surface: var(--folio-color-surface, light-dark(#f4f4f2, #212429));
    --_border: var(--folio-color-border, light-dark(#dcdcd8, #363a40));
    --_accent: var(--folio-color-accent, light-dark(#b3261e, #ff8a80));
    --_error: var(--folio-color-error, light-dark(#b3261e, #ff8a80));
    --_radius: var(--folio-radius, 6px);
    --_space: var(--folio-space, max(1rem, 16px));

    display: block;
  }
  /* Inherited text styles from the host page stop here: on the host, and again at the top of the
     shadow tree, which page rules cannot reach (a page rule such as "* { all: revert }" beats :host).
     The font size has a floor so a page that shrinks its root font (html { font-size: 10px }) still
     gets readable text. Box sizing starts here too, for the elements below to inherit. */
  :host,
  :host > * {
    box-sizing: border-box;
    font: 400 var(--folio-font-size, max(1rem, 16px)) / 1.6 var(--_font);
    text-shadow: none;
    color: var(--_text);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
