import { css } from 'lit';

export const styles = [
  css`
    :host {
      --_gap: var(--folio-related-gap, var(--_space));
      --_pad: calc(var(--_space) * 0.875);
      /* Cards per view follow the element's own width, wherever it is placed. */
      container-type: inline-size;
      --_font: var(--_font-ui);
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 0.5em;
      margin-block-end: calc(var(--_space) * 0.75);
    }
    h2 {
      flex: 1;
      margin: 0;
      font: 700 1.3em/1.25 var(--_font-heading);
    }
    /* The previous and next buttons: the error's "Try again" keeps the status styles. */
    .bar button {
      display: grid;
      place-items: center;
      inline-size: 2.5em;
      block-size: 2.5em;
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: 50%;
      background: var(--_bg);
      color: var(--_text);
      cursor: pointer;
    }
    .bar button:hover:not([aria-disabled='true']) {
      border-color: currentColor;
    }
    .bar button[aria-disabled='true'] {
      color: var(--_muted);
      opacity: 0.5;
      cursor: default;
    }
    svg {
      inline-size: 1.25em;
      block-size: 1.25em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    [dir='rtl'] svg {
      scale: -1 1;
    }

    .track {
      --_per-view: 1;
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: calc((100% - (var(--_per-view) - 1) * var(--_gap)) / var(--_per-view));
      gap: var(--_gap);
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      scrollbar-width: none;
    }
    @container (min-width: 480px) {
      .track {
        --_per-view: 2;
      }
    }
    @container (min-width: 720px) {
      .track {
        --_per-view: 3;
      }
    }
    @container (min-width: 960px) {
      .track {
        --_per-view: 4;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .track {
        scroll-behavior: smooth;
      }
    }

    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      padding: var(--_pad);
      border-radius: var(--_radius);
      background: var(--_surface);
      overflow: hidden;
      scroll-snap-align: start;
      font-size: 0.9375em;
      line-height: 1.45;
    }
    /* Long lists skip the layout and paint of far cards until they come near (1,000 cards lay out
       about five times faster). The first 40 always lay out, so they set the row's height. */
    .card:nth-child(n + 41) {
      content-visibility: auto;
    }
    img {
      display: block;
      inline-size: calc(100% + 2 * var(--_pad));
      max-inline-size: none;
      block-size: auto;
      aspect-ratio: var(--folio-related-image-ratio, 16 / 9);
      margin: calc(-1 * var(--_pad)) calc(-1 * var(--_pad)) 0.25em;
      object-fit: cover;
      background: var(--_border);
    }
    p,
    h3 {
      margin: 0;
    }
    .category {
      font-size: 0.8em;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--_accent);
    }
    h3,
    .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .title {
      -webkit-line-clamp: 3;
      font: 650 1.1em/1.3 var(--_font-heading);
      text-wrap: pretty;
    }
    .headline {
      -webkit-line-clamp: 5;
      font: 400 1.05em/1.45 var(--_font-body);
    }
    .summary {
      -webkit-line-clamp: 3;
      color: var(--_muted);
    }
    .date {
      margin-block-start: auto;
      padding-block-start: 0.25em;
      font-size: 0.85em;
      color: var(--_muted);
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    /* The title link covers the card, so the whole card is one target with one accessible name. */
    a::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: var(--_radius);
    }
    .card:hover a {
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.15em;
    }
    a:focus-visible {
      outline: none;
    }
    a:focus-visible::after {
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }
  `,
];
