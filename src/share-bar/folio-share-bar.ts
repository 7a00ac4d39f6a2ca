import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { FolioErrorDetail, FolioWarningDetail } from '../internal/events.js';
import { FolioElement } from '../internal/folio-element.js';
import { format } from '../internal/i18n.js';
import type { Translation } from '../internal/translations.js';
import { whileReading } from '../internal/read.js';
import type { Loaded } from '../internal/read.js';
import { renderAlert } from '../internal/status.js';
import type { FolioWarning } from '../model/reading.js';
import { httpUrl } from '../model/url.js';
import { renderIcon } from './icons.js';
import { loadMore, loadMoreNetworks, moreNetworks } from './more.js';
import { absent } from '../model/fields.js';
import { isNetwork, needsBrowser, renamedNetwork, renamedWarning } from '../model/networks.js';
import { BRANDS, LINKS, withCampaign } from './networks.js';
import type { Network, ShareContent } from './networks.js';
import { styles } from './share-bar.styles.js';

const DEFAULT_NETWORKS = 'facebook x reddit pinterest email';

export type { FolioErrorDetail, FolioWarningDetail };

/** `folio-share` detail: the network about to be shared on, and the URL it gets (with the `utm-campaign` tags). */
export interface FolioShareDetail {
  network: Network;
  url: string;
}

/** The strings that name the networks without a brand. */
const OWN_NAMES = { email: 'email', copy: 'copyLink', native: 'moreOptions' } as const;

/** How long "Link copied" stays on screen, in milliseconds. */
const STATUS_TIME = 4000;

/**
 * Share links for one URL: real links that work without script, plus copy-link, Mastodon and the
 * browser's own share sheet. No third-party script, counts or tracking.
 *
 * @tagname folio-share-bar
 * @summary Private, accessible share links for a page.
 *
 * @fires {FolioShareDetail} folio-share - `{ network, url }` before a share; cancel it (`preventDefault()`) and nothing is opened or copied.
 * @fires {FolioErrorDetail} folio-error - `{ message, path?, cause? }` when `url` is not an http(s) URL (the bar then shows an alert), or the browser's share fails.
 * @fires {FolioWarningDetail} folio-warning - `{ warnings: [{ message, path }] }` when `networks` names a network Folio does not know, or by an old name (`twitter`).
 *
 * @csspart list - The `<ul>` of share buttons.
 * @csspart button - Each link or button.
 * @csspart facebook - The Facebook link; every network has a part named after it (`x`, `email`, `copy`, `native`…).
 * @csspart icon - Each network's `<svg>` mark.
 * @csspart label - Each visible network name (`variant="labels"`).
 * @csspart status - The "Link copied" message, announced politely.
 * @csspart dialog - The dialog that asks for the reader's Mastodon server.
 * @csspart input - The server field in that dialog.
 * @csspart dialog-button - The dialog's Cancel and Share buttons.
 * @csspart error - The error message (`role="alert"`) when `url` cannot be shared.
 *
 * @cssprop [--folio-share-size=max(2.5rem, 40px)] - Height of each button (`size` sets 2rem, 2.5rem or 3rem, never under 32, 40 or 48px).
 * @cssprop [--folio-share-gap=max(0.5rem, 8px)] - Space between buttons.
 * @cssprop [--folio-share-radius=999px] - Corner radius of the buttons.
 * @cssprop [--folio-share-color=var(--folio-color-text)] - Icon and label colour.
 * @cssprop [--folio-share-bg=transparent] - Button background.
 * @cssprop [--folio-share-border=var(--folio-color-border)] - Button border colour.
 * @cssprop [--folio-share-hover-color=var(--folio-color-bg)] - Icon and label colour on hover.
 * @cssprop [--folio-share-hover-bg=var(--folio-color-text)] - Button background on hover.
 */
export class FolioShareBar extends FolioElement {
  static override styles = [FolioElement.styles, styles];

  static override properties = {
    url: {},
    headline: {},
    summary: {},
    image: {},
    text: {},
    hashtags: {},
    via: {},
    networks: {},
    utmCampaign: { attribute: 'utm-campaign' },
    variant: { reflect: true },
    size: { reflect: true },
    label: {},
    status: { state: true },
  };

  /** The URL to share; relative URLs resolve against the page. Default: the page's canonical URL, or its address. */
  declare url?: string;

  /** The page's title: email subject, Reddit title, native share title. */
  declare headline?: string;

  /** A sentence about the page, put above the link in an email and in the native share text. */
  declare summary?: string;

  /** Image URL offered to Pinterest. */
  declare image?: string;

  /** The message posted with the link (X, Bluesky, Mastodon, WhatsApp, Telegram, Pinterest). Default: `headline`. */
  declare text?: string;

  /** Space-separated hashtags (without `#`) added by X. */
  declare hashtags?: string;

  /** An X account to credit, with or without its leading at sign: X ends the post with "via" and the account. */
  declare via?: string;

  /** Space-separated networks to show, in order, from `facebook x reddit pinterest linkedin whatsapp telegram bluesky mastodon email copy native`. */
  networks = DEFAULT_NETWORKS;

  /** A campaign name: adds `utm_source={network}&utm_medium=social&utm_campaign={name}` to the shared URL. */
  declare utmCampaign?: string;

  /** `icons` (icons with tooltips) or `labels` (icons with visible names). */
  variant: 'icons' | 'labels' = 'icons';

  /** `small`, `medium` or `large`. */
  size: 'small' | 'medium' | 'large' = 'medium';

  /** Accessible name of the list of buttons. Default: "Share" in the bar's language. */
  declare label?: string;

  /** The polite message after a copy. */
  private status = '';

  /** The absolute http(s) URL being shared, or `undefined` when `url` is not one. */
  #target?: string;
  /**
   * The networks shown, with what `networks` named that is renamed or unknown; or what is wrong with
   * `url` when it cannot be shared, shown as an alert.
   */
  #state: Loaded<Network[]> = { status: 'idle' };
  #statusTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#dismissTooltips);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#dismissTooltips);
    clearTimeout(this.#statusTimer);
    this.status = '';
  }

  protected get shown(): Loaded<Network[]> {
    return this.#state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let urlError: FolioErrorDetail | undefined;
    // Without a url, the page's URL is shared: it is read on the first update too.
    const urlRead = changed.has('url') || !this.hasUpdated;
    if (urlRead) {
      const raw = this.url || pageUrl();
      // The host's relative URLs are the page's (a server has no page: there only absolute ones are).
      this.#target = httpUrl(raw, globalThis.document?.baseURI);
      if (!this.#target)
        urlError = { message: `The share URL ${JSON.stringify(raw)} is not an http(s) URL.`, path: 'url' };
    }
    // Each new state is told to the page once: a url that cannot be shared, other networks, or
    // links again after an error. A new url that can be shared is no news.
    if (urlError) {
      this.#state = { status: 'error', error: urlError };
    } else if (this.#target && (changed.has('networks') || this.#state.status !== 'ready')) {
      this.#state = { status: 'ready', ...this.#readNetworks() };
      // Marks beyond the default networks' come in a file of their own, with the Mastodon dialog;
      // their boxes wait in place.
      const loading = loadMoreNetworks(this.#state.value);
      if (loading) {
        whileReading(
          this,
          loading.then(
            () => this.requestUpdate(),
            (error: Error) =>
              this.emit('folio-warning', {
                warnings: [
                  {
                    message: `networks: the marks of some networks could not load (${error.message}); their buttons show their names only to assistive technology until the page is loaded again.`,
                    path: 'networks',
                  },
                ],
              }),
          ),
        );
      }
    }
  }

  /** Server-rendered markup is taken over as it is: with the marks and dialog the server rendered. */
  protected override takeOverReady(): Promise<unknown> | undefined {
    const sanitizer = super.takeOverReady();
    const more = loadMoreNetworks(this.#readNetworks().value);
    return sanitizer && more ? Promise.all([sanitizer, more]) : (sanitizer ?? more);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The Mastodon dialog brings its styles.
    if (this.shadowRoot?.querySelector('dialog')) moreNetworks()?.styleDialog(this.shadowRoot);
    super.updated(changed);
  }

  /**
   * The known networks named in `networks`, in order. A renamed network (`twitter`) is read under
   * its new name; unknown names are left out. Either is a warning.
   */
  #readNetworks(): { value: Network[]; warnings: FolioWarning[] } {
    // A removed attribute reads as null: back to the default.
    const names = String(this.networks ?? DEFAULT_NETWORKS)
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    const warnings: FolioWarning[] = [];
    const shown = names.flatMap((name): Network[] => {
      if (isNetwork(name)) return [name];
      const renamed = renamedNetwork(name);
      const what = renamed
        ? renamedWarning(name, renamed)
        : `"${name}" is not a network Folio knows: left out.`;
      warnings.push({ message: `networks: ${what}`, path: 'networks' });
      return renamed ? [renamed] : [];
    });
    return { value: [...new Set(shown)], warnings };
  }

  /** What one network shares: the page, tagged with the campaign for that network, and the texts. */
  #content(network: Network, shared = this.#shared()): ShareContent {
    return { ...shared, url: withCampaign(shared.url, network, asText(this.utmCampaign)) };
  }

  /** What every network shares, read once per render. */
  #shared(): ShareContent {
    return {
      url: this.#target!,
      title: asText(this.headline),
      text: asText(this.text) ?? asText(this.headline),
      summary: asText(this.summary),
      image: httpUrl(this.image, this.#target),
      hashtags: (asText(this.hashtags) ?? '').split(/[\s,]+/).flatMap((tag) => tag.replace(/^#/, '') || []),
      via: asText(this.via)?.replace(/^@/, ''),
    };
  }

  // Lit calls the template's listeners with the element as `this`: methods need no arrow functions.
  #onClick(event: MouseEvent): void {
    const item = (event.target as Element).closest<HTMLElement>('[data-network]');
    if (!item) return;
    const network = item.dataset.network as Network;
    const content = this.#content(network);
    if (!this.emit('folio-share', { network, url: content.url }, { cancelable: true })) {
      event.preventDefault();
      return;
    }
    if (network === 'copy') this.#copy(content.url);
    if (network === 'native') this.#shareNatively(content.url);
    if (network === 'mastodon') this.#askServer();
  }

  /**
   * WCAG 1.4.13: Escape hides the tooltips without moving the pointer or focus. Heard on the
   * document, since a hovered button seldom has focus.
   */
  #dismissTooltips = (event: KeyboardEvent): void => {
    const shown =
      event.key == 'Escape' && this.shadowRoot!.querySelector("[part~='button']:is(:hover,:focus-visible)");
    // Escape goes on to the page even then: the tooltip only repeats the button's name, and a
    // dialog or menu around the bar is still the reader's to close with the same key.
    if (shown) shown.closest('ul')!.classList.add('dismissed');
  };

  /** Focus or the pointer reaching another button shows the tooltips again (icons let the pointer through). */
  #showTooltips(event: Event): void {
    (event.currentTarget as Element).classList.remove('dismissed');
  }

  async #copy(url: string): Promise<void> {
    const strings = this.locale.strings();
    // Copied at once, in the reader's click, from the file that came with the bar's marks; should
    // that file have failed to load, it is tried again.
    const root = this.shadowRoot!;
    const more = moreNetworks();
    const copying = more
      ? more.copyText(url, root)
      : loadMore().then(() => moreNetworks()!.copyText(url, root));
    const copied = await copying.catch(() => false);
    // Emptied first, so a second copy is announced again.
    this.status = '';
    await this.updateComplete;
    this.status = copied ? strings.linkCopied : strings.linkNotCopied;
    clearTimeout(this.#statusTimer);
    this.#statusTimer = setTimeout(() => (this.status = ''), STATUS_TIME);
  }

  async #shareNatively(url: string): Promise<void> {
    try {
      // The title is sent apart, so the text is the message or the summary, not the headline again.
      await navigator.share({
        url,
        title: asText(this.headline),
        text: asText(this.text) ?? asText(this.summary),
      });
    } catch (cause) {
      // The reader closing the share sheet is not an error.
      if ((cause as Error).name === 'AbortError') return;
      this.emit('folio-error', { message: 'The browser could not share this page.', cause });
    }
  }

  #askServer(): void {
    const more = moreNetworks();
    if (more) return more.openServerDialog(this.shadowRoot!, this.locale.strings());
    // Its file failed to load with the bar: tried again, the dialog opens once rendered.
    loadMore()
      .then(() => {
        this.requestUpdate();
        return this.updateComplete;
      })
      .then(
        () => this.#askServer(),
        (cause: unknown) =>
          this.emit('folio-error', { message: 'The Mastodon dialog could not load.', cause }),
      );
  }

  override render() {
    const { lang, dir } = this.locale;
    const strings = this.locale.strings();
    const state = this.#state;
    if (state.status === 'error') {
      return html`<div lang=${lang} dir=${dir}>${renderAlert(strings.shareError, state.error.message)}</div>`;
    }
    if (state.status !== 'ready') return nothing;
    const shown = state.value.filter(
      (network) => !needsBrowser(network) || typeof globalThis.navigator?.share === 'function',
    );
    if (!shown.length) return nothing;
    const shared = this.#shared();
    return html`<div class="bar" lang=${lang} dir=${dir}>
      <ul
        part="list"
        role="list"
        aria-label=${this.label || strings.share}
        @click=${this.#onClick}
        @focusin=${this.#showTooltips}
        @mouseover=${this.#showTooltips}
      >
        ${shown.map((network) => html`<li>${this.#renderButton(network, strings, shared)}</li>`)}
      </ul>
      <span part="status" class="copied" role="status">${this.status}</span>
      ${shown.includes('mastodon') ? this.#renderDialog(strings) : nothing}
    </div>`;
  }

  #renderButton(network: Network, strings: Translation, shared: ShareContent) {
    const brand = BRANDS[network];
    const name = brand ?? strings[OWN_NAMES[network as keyof typeof OWN_NAMES]];
    const label = brand
      ? format(strings.shareOn, { network: brand })
      : network === 'email'
        ? strings.shareByEmail
        : name;
    const content = html`${renderIcon(network)}${
      this.variant === 'labels' ? html`<span part="label">${name}</span>` : nothing
    }`;
    const link = LINKS[network];
    return link
      ? html`<a
          part="button ${network}"
          data-network=${network}
          href=${link(this.#content(network, shared))}
          target="_blank"
          rel="noopener noreferrer"
          aria-label=${label}
          >${content}</a
        >`
      : html`<button type="button" part="button ${network}" data-network=${network} aria-label=${label}>
          ${content}
        </button>`;
  }

  /** The Mastodon server dialog, once its file is here. */
  #renderDialog(strings: Translation) {
    return moreNetworks()?.renderServerDialog(strings, () => this.#content('mastodon')) ?? nothing;
  }
}

/** A text property as text, or `undefined` when absent as the model reads it (`null`, blank): a page's script may set `null`, a number or an object. */
const asText = (value: unknown) => (absent(value) ? undefined : String(value));

/** The page's canonical URL, or its address. */
function pageUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || location.href;
}

declare global {
  interface HTMLElementTagNameMap {
    'folio-share-bar': FolioShareBar;
  }
  interface GlobalEventHandlersEventMap {
    'folio-share': CustomEvent<FolioShareDetail>;
  }
}
