/** The loading and error states every element shows the same way. */
import { css, html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
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
      ${state.retry ? renderRetry(state.retry, !!state.retried, strings.retry) : nothing}
    </div>`;
  }
  return nothing;
}

/** "Try again"; when the error came back after it was pressed, focus returns to it. */
function renderRetry(retry: () => void, retried: boolean, label: string) {
  const focus = ref(retried ? focusSoon : undefined);
  return html`<button type="button" part="retry" @click=${retry} ${focus}>${label}</button>`;
}

/** Focuses the new "Try again" button once it is in the page (the template is still being built). */
const focusSoon = (button?: Element) => button && queueMicrotask(() => (button as HTMLElement).focus());

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
