import { css } from 'lit';

export const styles = [
  css`
    :host {
      --_measure: var(--folio-max-width, max(42rem, 672px));
      background: var(--_bg);
      container-type: inline-size;
    }
    article {
      max-width: var(--_measure);
      margin-inline: auto;
      padding: calc(var(--_space) * 1.5) var(--_space);
      overflow-wrap: break-word;
    }
    header {
      margin-block-end: calc(var(--_space) * 1.5);
    }
    .category {
      display: inline-block;
      margin: 0 0 0.5em;
      font: 600 0.8em/1.3 var(--_font-ui);
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--_accent);
      text-decoration: none;
    }
    a.category:hover {
      text-decoration: underline;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      font-family: var(--_font-heading);
      line-height: 1.2;
      text-wrap: balance;
      color: var(--_text);
    }
    h1 {
      margin: 0 0 0.4em;
      font-size: clamp(1.75em, 1.2em + 3.2cqi, 2.6em);
      font-weight: 750;
      letter-spacing: -0.015em;
    }
    h2 {
      margin: 1.8em 0 0.5em;
      font-size: 1.45em;
    }
    h3 {
      margin: 1.6em 0 0.4em;
      font-size: 1.2em;
    }
    h4,
    h5,
    h6 {
      margin: 1.4em 0 0.3em;
      font-size: 1.05em;
    }
    .dek {
      margin: 0 0 1em;
      font-size: 1.15em;
      line-height: 1.5;
      color: var(--_muted);
      text-wrap: pretty;
    }
    .byline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0;
      font: 0.85em/1.5 var(--_font-ui);
      color: var(--_muted);
    }
    .authors {
      color: var(--_text);
      font-weight: 600;
    }
    a {
      color: var(--_accent);
      text-decoration-thickness: 1px;
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    .body > p,
    .body li,
    .html p {
      text-wrap: pretty;
    }
    p,
    ul,
    ol,
    .html {
      margin: 0 0 1.1em;
    }
    ul,
    ol {
      padding-inline-start: 1.4em;
    }
    li + li {
      margin-block-start: 0.35em;
    }
    figure {
      margin: 1.5em 0;
    }
    .media audio,
    .media video {
      display: block;
      width: 100%;
    }
    img {
      display: block;
      max-width: 100%;
      height: auto;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    figcaption {
      margin-block-start: 0.5em;
      font: 0.8em/1.45 var(--_font-ui);
      color: var(--_muted);
    }
    .credit {
      font-style: italic;
    }
    .quote {
      margin: 1.75em 0;
      padding-inline-start: 1.1em;
      border-inline-start: 3px solid var(--_accent);
    }
    blockquote {
      margin: 0;
      font-size: 1.2em;
      line-height: 1.45;
      font-style: italic;
    }
    blockquote p:last-child {
      margin-block-end: 0;
    }
    .quote figcaption::before {
      content: '— ';
    }
    code,
    kbd,
    samp,
    pre {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 0.88em;
    }
    pre {
      overflow-x: auto;
      padding: 0.75em 1em;
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    table {
      border-collapse: collapse;
      display: block;
      overflow-x: auto;
    }
    th,
    td {
      padding: 0.35em 0.75em;
      border-block-end: 1px solid var(--_border);
      text-align: start;
    }
    .ad {
      position: relative;
      display: grid;
      place-items: center;
      /* The reserved height is the ad's own: the label's padding comes on top, so that an ad of
         exactly --folio-ad-height fills the box without growing it (no layout shift). */
      box-sizing: content-box;
      min-height: var(--folio-ad-height, 250px);
      margin: 2em 0;
      padding-block-start: 1.5em;
      background: var(--_surface);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    .ad-label {
      position: absolute;
      inset-block-start: 0.4em;
      inset-inline: 0;
      text-align: center;
      font: 600 0.68em/1 var(--_font-ui);
      letter-spacing: 0.12em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    .locked {
      padding: 0.75em 1em;
      font-family: var(--_font-ui);
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    folio-share-bar {
      margin-block-end: calc(var(--_space) * 1.5);
    }
    folio-related {
      margin-block-start: calc(var(--_space) * 2.5);
    }
    .status {
      max-width: var(--_measure);
      margin: var(--_space) auto;
      font-family: var(--_font-ui);
    }
  `,
];
