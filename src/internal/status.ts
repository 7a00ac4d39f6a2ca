/** The loading and error states every element shows the same way. */
import { css, html, nothing } from 'lit';
import type { Loaded } from './source.js';

export interface StatusStrings {
  loading: string;
  error: string;
  retry: string;
}

/** Renders the loading or error state of `state`, or nothing when there is content (or none asked for). */
export function renderStatus(state: Loaded<unknown>, strings: StatusStrings) {
  if (state.status === 'loading') {
    return html`<div part="loading" class="status" role="status" aria-live="polite">${strings.loading}</div>`;
  }
  if (state.status === 'error') {
    return html`<div part="error" class="status error" role="alert">
      <strong>${strings.error}</strong>
      <span>${state.error.message}</span>
      ${state.retry ? html`<button type="button" part="retry" @click=${state.retry}>${strings.retry}</button>` : nothing}
    </div>`;
  }
  return nothing;
}

export const statusStyles = css`
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 1em 1.25em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  .error {
    color: var(--_text);
    border-color: var(--_error);
    border-inline-start-width: 4px;
  }
  .error span {
    flex-basis: 100%;
    overflow-wrap: anywhere;
  }
  .error button {
    font: inherit;
    padding: 0.35em 1em;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
`;
