/**
 * The dialog that asks for the reader's Mastodon server (Mastodon has no global share page), and
 * the share on that server. It comes with the other networks' marks (more-networks.ts).
 */
import { html } from 'lit';
import { format } from '../internal/i18n.js';
import type { Translation } from '../internal/translations.js';
import { rememberServer, rememberedServer, serverHost } from './mastodon-server.js';
import { mastodonLink } from './networks.js';
import type { ShareContent } from './networks.js';

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
