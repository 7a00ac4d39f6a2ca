/**
 * The dialog that asks for the reader's Mastodon server (Mastodon has no global share page), and
 * the share on that server. It comes with the other networks' marks (more-networks.ts).
 */
import { css, html } from 'lit';
import { format } from '../internal/i18n.js';
import type { Translation } from '../internal/translations.js';
import { rememberServer, rememberedServer, serverHost } from './mastodon-server.js';
import { mastodonLink } from './networks.js';
import type { ShareContent } from './networks.js';

/** The dialog's styles, added to a bar's own when it renders the dialog (`styleDialog`). */
const styles = css`
  dialog {
    width: min(max(24rem, 384px), calc(100vw - 2rem));
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  form {
    display: grid;
    gap: 0.6em;
  }
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.15em;
  }
  input,
  dialog button {
    font: inherit;
    padding: 0.45em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  input:user-invalid {
    border-color: var(--_error);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  dialog button {
    cursor: pointer;
  }
  dialog .primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
`;

/** Adds the dialog's styles to the bar's shadow root `root`, once, as Lit adds a bar's own. */
export function styleDialog(root: ShadowRoot): void {
  const sheet = styles.styleSheet;
  if (!sheet) {
    // No constructable style sheets: a <style> element, with the nonce Lit gives its own.
    if (root.querySelector('style.dialog')) return;
    const style = document.createElement('style');
    style.className = 'dialog';
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce) style.nonce = nonce;
    style.textContent = styles.cssText;
    root.append(style);
  } else if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** Lets the browser refuse to submit, with our message, until the field holds a host name. */
function checkServer(input: HTMLInputElement, invalid: string): void {
  const valid = !input.value.trim() || serverHost(input.value);
  input.setCustomValidity(valid ? '' : invalid);
}

/** The dialog, closed; `content` gives what is shared, read when the reader submits. */
export function renderServerDialog(strings: Translation, content: () => ShareContent) {
  const share = (event: SubmitEvent) => {
    const input = (event.target as HTMLFormElement).elements.namedItem('server') as HTMLInputElement;
    const server = serverHost(input.value)!;
    rememberServer(server);
    window.open(mastodonLink(server, content()), '_blank', 'noopener,noreferrer');
  };
  return html`<dialog part="dialog" aria-labelledby="server-title">
    <form method="dialog" @submit=${share}>
      <h2 id="server-title">${format(strings.shareOn, { network: 'Mastodon' })}</h2>
      <label for="server">${strings.mastodonServer}</label>
      <input
        id="server"
        name="server"
        part="input"
        required
        inputmode="url"
        autocapitalize="none"
        spellcheck="false"
        placeholder="mastodon.social"
        @input=${(event: Event) => checkServer(event.target as HTMLInputElement, strings.mastodonServerInvalid)}
      />
      <div class="actions">
        <button
          type="button"
          part="dialog-button"
          @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')!.close()}
        >
          ${strings.cancel}
        </button>
        <button part="dialog-button" class="primary">${strings.share}</button>
      </div>
    </form>
  </dialog>`;
}

/** Opens the dialog rendered in `root`, with the server the reader used last. */
export function openServerDialog(root: ShadowRoot, strings: Translation): void {
  const dialog = root.querySelector('dialog')!;
  const input = dialog.querySelector('input')!;
  input.value = rememberedServer();
  checkServer(input, strings.mastodonServerInvalid);
  dialog.showModal();
}
