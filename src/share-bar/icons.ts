/**
 * One 24×24 path per network. The brand marks are simple-icons 16 paths (CC0-1.0), copied with
 * their coordinates rounded to a tenth of a unit (a twentieth of a pixel at the bar's sizes) and
 * without the metadata each simple-icons export carries.
 * The marks of the default networks are here; the others (more-icons.ts) load when a bar shows one (more.ts).
 * test/share-bar/icons.test.ts checks that they still look like the package's. LinkedIn (removed from
 * simple-icons at LinkedIn's request) and the generic glyphs are drawn here.
 */
import { html, nothing } from 'lit';
import type { Network } from './networks.js';

/** The marks at hand, by network: the default networks' from the start, the others once loaded. */
export const PATHS: Partial<Record<Network, string>> = {
  facebook:
    'M9.1 23.7v-8h-2.5v-3.7h2.5v-1.5c0-4.1 1.8-6 5.9-6 .4 0 .9 0 1.4.1a8.7 8.7 0 0 1 1.2.2v3.3a8.6 8.6 0 0 0-.7 0 26.8 26.8 0 0 0-.7 0c-.7 0-1.3.1-1.7.3a1.7 1.7 0 0 0-.7.6c-.2.4-.3 1-.3 1.7v1.3h3.9l-.4 2.1-.3 1.6h-3.2v8.3c5.9-.8 10.5-5.8 10.5-12 0-6.6-5.4-12-12-12s-12 5.4-12 12c0 5.7 3.9 10.4 9.1 11.7z',
  x: 'M14.2 10.2l8.8-10.2h-2.1l-7.6 8.8-6-8.8h-7l9.1 13.3-9.1 10.7h2l8-9.3 6.4 9.3h7zm-2.8 3.3l-.9-1.4-7.4-10.5h3.2l5.9 8.5 1 1.3 7.7 11.1h-3.2z',
  reddit:
    'M12 0c-6.6 0-12 5.4-12 12 0 3.3 1.3 6.3 3.5 8.5l-2.3 2.3c-.4.4-.1 1.2.5 1.2h10.3c6.6 0 12-5.4 12-12s-5.4-12-12-12zm4.4 3.2c1.1 0 2 .9 2 2 0 1.1-.9 2-2 2-1 0-1.8-.7-2-1.5v0c-1.1.1-2 1.1-2 2.3v0c1.8.1 3.4.6 4.7 1.4.5-.4 1.1-.6 1.7-.6 1.5 0 2.8 1.2 2.8 2.8 0 1.1-.7 2.1-1.6 2.5-.1 3.3-3.6 5.9-8 5.9-4.4 0-7.9-2.6-8-5.9-.9-.4-1.6-1.4-1.6-2.5 0-1.6 1.2-2.8 2.8-2.8.6 0 1.2.2 1.7.6 1.3-.8 2.9-1.3 4.6-1.4v0c0-1.7 1.3-3 2.9-3.2.2-.9 1-1.6 2-1.6zm-8.1 8.4c-.8 0-1.5.8-1.5 1.8-.1 1 .6 1.4 1.4 1.4.8 0 1.4-.4 1.4-1.4.1-1-.5-1.8-1.3-1.8zm7.4 0c-.8 0-1.4.8-1.3 1.8 0 1 .6 1.4 1.4 1.4.8 0 1.5-.4 1.4-1.4 0-1-.7-1.8-1.5-1.8zm-3.7 4c-1 0-1.9 0-2.8.1-.1 0-.2.2-.1.3.4 1.2 1.6 2 2.9 2 1.3 0 2.5-.8 3-2 0-.1-.1-.3-.2-.3-.9-.1-1.8-.1-2.8-.1z',
  pinterest:
    'M12 0c-6.6 0-12 5.4-12 12 0 5.1 3.2 9.4 7.6 11.1-.1-.9-.2-2.4.1-3.4.2-.9 1.4-5.9 1.4-5.9s-.4-.8-.4-1.8c0-1.7 1-2.9 2.2-2.9 1 0 1.5.7 1.5 1.6 0 1.1-.6 2.6-1 4-.3 1.2.6 2.2 1.8 2.2 2.1 0 3.8-2.2 3.8-5.5 0-2.8-2.1-4.9-5-4.9-3.4 0-5.4 2.6-5.4 5.2 0 1.1.3 2.2.8 2.8.1.1.2.2.1.3-.1.4-.3 1.2-.3 1.4-.1.2-.2.3-.4.2-1.5-.7-2.4-2.9-2.4-4.7 0-3.8 2.7-7.2 7.9-7.2 4.1 0 7.4 2.9 7.4 6.9 0 4.1-2.6 7.4-6.3 7.4-1.2 0-2.3-.6-2.7-1.3l-.8 2.8c-.2 1.1-1 2.4-1.5 3.2 1.2.3 2.3.5 3.6.5 6.6 0 12-5.4 12-12 0-6.6-5.4-12-12-12l0 0z',
  // Generic glyphs are lines, drawn with a stroke (see `.line` in the styles).
  email: 'M3 5.5h18v13H3ZM3 6l9 7 9-7',
};

const LINES = new Set<Network>(['email', 'copy', 'native']);

/**
 * The network's mark, hidden from assistive technology: the link or button carries the name. Its
 * box is sized by the styles, so a mark still loading leaves an empty box of the same size.
 */
export const renderIcon = (network: Network) =>
  html`<svg part="icon" class=${LINES.has(network) ? 'line' : ''} viewBox="0 0 24 24" aria-hidden="true">
    <path d=${PATHS[network] ?? nothing}></path>
  </svg>`;
