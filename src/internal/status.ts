/** The loading and error states every element shows the same way. */
import { css, html, nothing } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { Loaded } from './read.js';

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
    const retry = state.retry ? renderRetry(state.retry, !!state.retried, strings.retry) : nothing;
    return renderAlert(strings.error, state.error.message, retry);
  }
  return nothing;
}

/** The visible, announced error: what could not be shown, why, and an action such as "Try again". */
export function renderAlert(title: string, message: string, action: unknown = nothing) {
  return html`<div part="error" class="status error" role="alert">
    <strong>${title}</strong>
    <span>${message}</span>
    ${action}
  </div>`;
}

/** "Try again"; when the error came back after it was pressed, focus returns to it. */
function renderRetry(retry: () => void, retried: boolean, label: string) {
  const focus = retried ? focusOnce() : nothing;
  return html`<button type="button" part="retry" @click=${retry} ${focus}>${label}</button>`;
}

/**
 * Focuses its element once, as soon as the element is in the page (a new template is still being
 * built when directives first run).
 */
const focusOnce = directive(
  class extends Directive {
    #done = false;
    render() {
      return nothing;
    }
    override update({ element }: ElementPart) {
      if (!this.#done) queueMicrotask(() => (element as HTMLElement).focus());
      this.#done = true;
      return nothing;
    }
  },
);

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
