import { css } from 'lit';

export const styles = [
  css`
    :host {
      --_size: var(--folio-share-size, max(2.5rem, 40px));
      --_font: var(--_font-ui);
    }
    :host([size='small']) {
      --_size: var(--folio-share-size, max(2rem, 32px));
    }
    :host([size='large']) {
      --_size: var(--folio-share-size, max(3rem, 48px));
    }
    .bar,
    ul {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
    }
    .bar {
      gap: 0.5em 1em;
    }
    ul {
      gap: var(--folio-share-gap, max(0.5rem, 8px));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='button'] {
      position: relative;
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 0.45em;
      min-width: var(--_size);
      height: var(--_size);
      padding: 0 calc(var(--_size) * 0.25);
      border: 1px solid var(--folio-share-border, var(--_border));
      border-radius: var(--folio-share-radius, 999px);
      background: var(--folio-share-bg, transparent);
      color: var(--folio-share-color, var(--_text));
      font: 600 calc(var(--_size) * 0.36) / 1 var(--_font-ui);
      text-decoration: none;
      cursor: pointer;
      transition:
        color 0.15s,
        background-color 0.15s,
        border-color 0.15s;
    }
    [part~='button']:hover {
      color: var(--folio-share-hover-color, var(--_bg));
      background: var(--folio-share-hover-bg, var(--_text));
      border-color: var(--folio-share-hover-bg, var(--_text));
    }
    :host([variant='labels']) [part~='button'] {
      padding-inline: 0.85em 1.1em;
    }
    svg {
      flex: none;
      width: calc(var(--_size) * 0.45);
      height: calc(var(--_size) * 0.45);
      fill: currentColor;
      /* The pointer is on a button or off it: moving onto the icon is no mouseover (see .dismissed). */
      pointer-events: none;
    }
    .line {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    /* Icons only: the accessible name shows as a tooltip on hover and keyboard focus. Escape adds
       .dismissed to the list until focus or the pointer reaches another button (WCAG 1.4.13). */
    :host(:not([variant='labels'])) ul:not(.dismissed) [part~='button']:is(:hover, :focus-visible)::after {
      content: attr(aria-label);
      position: absolute;
      bottom: calc(100% + max(0.5rem, 8px));
      left: 50%;
      translate: -50% 0;
      z-index: 1;
      padding: 0.35em 0.65em;
      border-radius: 4px;
      background: var(--_text);
      color: var(--_bg);
      font: 500 max(0.8rem, 13px) / 1.2 var(--_font-ui);
      white-space: nowrap;
      pointer-events: none;
    }
    .copied {
      font-size: 0.85em;
      color: var(--_muted);
    }
    /* Out of the layout while empty, but never display: none, so screen readers keep watching it. */
    .copied:empty {
      position: absolute;
    }
    @media (prefers-reduced-motion: reduce) {
      [part~='button'] {
        transition: none;
      }
    }
  `,
];
