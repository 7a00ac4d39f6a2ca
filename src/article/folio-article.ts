import { html, isServer, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Article } from '../model/article.js';
import type { FolioErrorDetail, FolioWarningDetail } from '../internal/events.js';
import { FolioElement } from '../internal/folio-element.js';
import { formatParts } from '../internal/i18n.js';
import { directionOf } from '../internal/translations.js';
import type { Translation } from '../internal/translations.js';
import { DEFAULT_TIMEOUT, SourceController } from '../internal/source.js';
import { InputReader, readArticle, whileReading } from '../internal/read.js';
import type { Loaded } from '../internal/read.js';
import { renderStatus } from '../internal/status.js';
import { renderTime } from '../internal/dates.js';
import { AdVisibilityController } from './ad-visibility.js';
import { hiddenParts } from './hidden-parts.js';
import type { HideablePart } from './hidden-parts.js';
import type { FolioAdVisibleDetail } from './ad-visibility.js';
import { renderBody, renderFigure } from './blocks.js';
import { styles } from './article.styles.js';
import { HOST_JSON_LD, syncJsonLd } from './json-ld-script.js';
import { NORMALIZED_MARK, readInline } from './inline-json.js';
// The article composes <folio-related>, so it defines it wherever the article is used.
import '../related/define.js';
// Likewise <folio-share-bar>, under the header.
import '../share-bar/define.js';

export type { FolioErrorDetail, FolioWarningDetail };

/** `folio-load` detail: the article as rendered, after normalization (whatever format it came in). */
export interface FolioLoadDetail {
  article: Article;
}

export type { FolioAdVisibleDetail };
// The events of its share bar and carousel bubble out of it: their details are named here too (for the JSX typings).
export type { FolioShareDetail } from '../share-bar/folio-share-bar.js';
export type { FolioNavigateDetail } from '../related/folio-related.js';

export type { HideablePart };

/**
 * A whole article rendered from JSON: header (category, title, dek, byline, dates), share bar,
 * body blocks with ad slots, and related articles.
 *
 * @tagname folio-article
 * @summary Renders a Folio Article (or JSON Feed item, WordPress post, schema.org NewsArticle).
 *
 * @slot ad-{id} - Host content for the body's `{"type": "ad", "id": "{id}"}` slot, such as `slot="ad-mid-1"`.
 *
 * @fires {FolioLoadDetail} folio-load - `{ article }` after a successful render.
 * @fires {FolioErrorDetail} folio-error - `{ message, path?, cause? }` when the input is invalid or cannot be loaded.
 * @fires {FolioWarningDetail} folio-warning - `{ warnings: [{ message, path }] }` when the article rendered but part of the input was repaired or left out.
 * @fires {FolioAdVisibleDetail} folio-ad-visible - `{ id }` once per ad slot, when it first scrolls into view.
 * @fires {FolioShareDetail} folio-share - `{ network, url }` from its share bar, before a share; cancel it and nothing is opened or copied.
 * @fires {FolioNavigateDetail} folio-navigate - `{ url, item }` from its carousel, when a related article is chosen; cancel it to route in a single-page app.
 *
 * @csspart article - The `<article>` element around everything.
 * @csspart header - Category, title, dek and byline.
 * @csspart category - The category label or link.
 * @csspart title - The `<h1>`.
 * @csspart dek - The standfirst under the title.
 * @csspart byline - Authors and dates.
 * @csspart figure - Each `<figure>` of an image, the lead image included.
 * @csspart image - Each `<img>`.
 * @csspart body - The container of the body blocks.
 * @csspart heading - Subheadings in the body.
 * @csspart quote - Pull quotes.
 * @csspart media - Each audio or video block: the browser's player and a link to the file.
 * @csspart ad - Each ad slot's reserved box.
 * @csspart locked - The notice of an article whose site keeps its body from readers here (a password or a paywall), with a link to read it there.
 * @csspart full-text - The link to the full text at the article's URL, for an article whose document has no body.
 * @csspart loading - The loading message.
 * @csspart error - The error message (`role="alert"`).
 * @csspart retry - The "Try again" button of a load error.
 * @csspart share - The share bar (`<folio-share-bar>`) under the header.
 * @csspart related - The related-articles carousel (`<folio-related>`) after the body.
 *
 * @cssprop [--folio-font-body=Charter, Georgia, serif] - Body text font.
 * @cssprop [--folio-font-heading=system-ui, sans-serif] - Title and subheading font.
 * @cssprop [--folio-font-ui=system-ui, sans-serif] - Font of labels, bylines and buttons.
 * @cssprop [--folio-font-size=max(1rem, 16px)] - Base text size.
 * @cssprop [--folio-color-text=light-dark(#1c1d1f, #e8e6e3)] - Text colour.
 * @cssprop [--folio-color-muted=light-dark(#5b5f66, #a3a7ae)] - Secondary text: dek, byline, captions.
 * @cssprop [--folio-color-bg=light-dark(#ffffff, #16181b)] - Background.
 * @cssprop [--folio-color-surface=light-dark(#f4f4f2, #212429)] - Background of ad slots and cards.
 * @cssprop [--folio-color-border=light-dark(#dcdcd8, #363a40)] - Rules and borders.
 * @cssprop [--folio-color-accent=light-dark(#b3261e, #ff8a80)] - Links, category, focus ring.
 * @cssprop [--folio-color-scheme=light dark] - `light`, `dark`, or `light dark` to follow the reader's setting.
 * @cssprop [--folio-radius=6px] - Corner radius.
 * @cssprop [--folio-space=max(1rem, 16px)] - The spacing unit.
 * @cssprop [--folio-max-width=max(42rem, 672px)] - Width of the text column.
 * @cssprop [--folio-ad-height=250px] - Height reserved for each ad slot, so a filled ad shifts nothing.
 */
export class FolioArticle extends FolioElement {
  static override styles = [FolioElement.styles, styles];

  static override properties = {
    article: { attribute: false },
    src: {},
    hide: {},
    timeout: { type: Number },
    emitJsonLd: { type: Boolean, attribute: 'emit-jsonld' },
  };

  /** The article: Folio Article JSON, a JSON Feed item, a WordPress post or a schema.org NewsArticle. */
  declare article?: unknown;

  /** URL of article JSON to fetch and render. A new `src` cancels the previous request. */
  declare src?: string;

  /** Space-separated parts to leave out: `share`, `related`, `image`, `byline`. */
  hide = '';

  /** Milliseconds to wait for `src` before showing an error. */
  timeout = DEFAULT_TIMEOUT;

  /** Also write the article as a schema.org `NewsArticle` `<script type="application/ld+json">` child, for search engines. */
  emitJsonLd = false;

  #source = new SourceController(this, readArticle);
  #ads = new AdVisibilityController(this);
  #inline = new InputReader(this, readInline);
  #inlineText?: string;
  #fromProperty = new InputReader(this, readArticle);
  /** The state whose JSON-LD child was written. */
  #jsonLdOf?: Loaded<Article>;
  /** The parts named in `hide`, read when it changes rather than on each of their checks. */
  #hidden = new Set<HideablePart>();
  /** Made on connection: a server renders the element without one. */
  #childObserver?: MutationObserver;

  /** What is shown: the `article` property wins, then `src`, then inline JSON. */
  protected get shown(): Loaded<Article> {
    if (this.article !== undefined) return this.#fromProperty.state;
    if (this.src) return this.#source.state;
    return this.#inline.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Parsing and checking the inline JSON wait for the update, out of the page's DOM call that connected us.
    if (this.#inlineScriptText() !== this.#inlineText) this.requestUpdate();
    // Ad tags churn the light DOM: only a changed script text is worth an update.
    this.#childObserver ??= new MutationObserver(() => {
      if (this.#inlineScriptText() !== this.#inlineText) this.requestUpdate();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hide')) this.#hidden = hiddenParts(this.hide);
    this.#readInline();
    if (changed.has('article')) this.#fromProperty.read(this.article);
    if (changed.has('src') || changed.has('timeout')) this.#source.load(this.src, this.timeout);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const state = this.shown;
    if (state.status === 'ready') this.#ads.watch(state.value);
    if (state !== this.#jsonLdOf || changed.has('emitJsonLd')) {
      this.#jsonLdOf = state;
      const written = syncJsonLd(this, this.emitJsonLd && state.status === 'ready' ? state.value : undefined);
      if (written) whileReading(this, written);
    }
    super.updated(changed);
  }

  /** An article shown fires `folio-load`, before any warnings about it. */
  protected override report(state: Loaded<Article>): void {
    if (state.status === 'ready') this.emit('folio-load', { article: state.value });
    super.report(state);
  }

  /**
   * Reads a child `<script type="application/json">` (or the page's own `application/ld+json`),
   * the way pages print an article server-side. The script stays where it is, readable to crawlers.
   */
  #readInline(): void {
    const script = this.#inlineScript();
    const text = script?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    // The server's own inline JSON is marked: its text was decoded once already.
    const normalized = script?.hasAttribute(NORMALIZED_MARK) ?? false;
    this.#inline.read(text === undefined ? undefined : { text, normalized });
  }

  #inlineScriptText(): string | undefined {
    return this.#inlineScript()?.textContent ?? undefined;
  }

  #inlineScript(): Element | null {
    // On a server the article arrives as a property; there are no children to read.
    if (isServer) return null;
    // Folio's own inline JSON first, wherever it is: a host's JSON-LD before it is not the article.
    return this.querySelector(':scope > script[type="application/json"]') ?? this.querySelector(HOST_JSON_LD);
  }

  override render() {
    const state = this.shown;
    // The article's own language, when it declares one, speaks its labels and sets its direction.
    const own = (state.status === 'ready' && state.value.lang) || undefined;
    const lang = own ?? this.locale.lang;
    const dir = own ? directionOf(own) : this.locale.dir;
    const strings = this.locale.strings(lang);
    if (state.status !== 'ready') {
      const { articleLoading: loading, articleError: error, retry } = strings;
      return html`<div lang=${lang} dir=${dir}>${renderStatus(state, { loading, error, retry })}</div>`;
    }
    return this.#renderArticle(state.value, lang, dir, strings, state.src ?? state.value.url);
  }

  /** `base`: the document's address, which relative links in the body resolve against. */
  #renderArticle(
    article: Article,
    lang: string,
    direction: 'ltr' | 'rtl',
    strings: Translation,
    base: string | undefined,
  ) {
    // Content in no declared language (none in the JSON, none on this element: the page's is the
    // page's) takes its direction from its own text, so Arabic reads right to left on any page.
    const declared = Boolean(article.lang || this.getAttribute('lang'));
    const dir = declared ? undefined : 'auto';
    // The body is the bulk of the article: `guard` renders it again only for a new body, URL (which
    // its links resolve against), ad label (which follows the language) or direction, and skips it
    // in renders for anything else, such as `hide`.
    // Content in no declared language is not labelled with the UI's: it inherits what the page says.
    return html`<article part="article" lang=${article.lang ?? nothing} dir=${direction}>
      <header part="header">
        ${this.#renderCategory(article)}
        <h1 part="title" dir=${dir ?? nothing}>${article.title}</h1>
        ${article.dek ? html`<p part="dek" class="dek" dir=${dir ?? nothing}>${article.dek}</p>` : nothing}
        ${this.#hidden.has('byline') ? nothing : this.#renderByline(article, lang, strings)}
      </header>
      ${this.#renderShare(article, lang)}
      ${article.image && !this.#hidden.has('image') ? renderFigure(article.image, 'eager', dir) : nothing}
      <div part="body" class="body">
        ${guard([article.body, base, strings.advertisement, dir], () =>
          renderBody(article.body, { base, adLabel: strings.advertisement, dir }),
        )}
      </div>
      ${renderOnward(article, strings, article.lang ? undefined : lang)}
      ${this.#renderRelated(article, declared ? lang : undefined)}
    </article>`;
  }

  /** The share bar, fed from the article; `lang` is passed so its labels match the article's language. */
  #renderShare({ url, title, dek, image, share }: Article, lang: string) {
    if (this.#hidden.has('share')) return nothing;
    return html`<folio-share-bar
      part="share"
      lang=${lang}
      url=${url ?? nothing}
      headline=${title}
      summary=${dek ?? nothing}
      image=${image?.src ?? nothing}
      networks=${share?.networks?.join(' ') ?? nothing}
      text=${share?.text ?? nothing}
      hashtags=${share?.hashtags?.join(' ') || nothing}
    ></folio-share-bar>`;
  }

  /** The carousel, given the article's language only when it is declared: its cards follow it then. */
  #renderRelated({ related }: Article, lang: string | undefined) {
    if (this.#hidden.has('related') || !related.length) return nothing;
    return html`<folio-related part="related" lang=${lang ?? nothing} .items=${related}></folio-related>`;
  }

  #renderCategory({ category }: Article) {
    if (!category) return nothing;
    return category.url
      ? html`<a part="category" class="category" href=${category.url}>${category.name}</a>`
      : html`<p part="category" class="category">${category.name}</p>`;
  }

  #renderByline(article: Article, lang: string, strings: Translation) {
    const { authors, published, updated } = article;
    if (!authors.length && !published && !updated) return nothing;
    const names = authors.map((author) =>
      author.url ? html`<a href=${author.url} rel="author">${author.name}</a>` : author.name,
    );
    // The labels speak the UI's language; content of no declared language is not labelled with it.
    return html`<p part="byline" class="byline" lang=${article.lang ? nothing : lang}>
      ${names.length ? html`<span class="authors">${joinList(names, strings.byline, lang)}</span>` : nothing}
      ${published ? html`<span>${formatParts(strings.published, { date: renderTime(published, lang) })}</span>` : nothing}
      ${
        updated && updated !== published
          ? html`<span>${formatParts(strings.updated, { date: renderTime(updated, lang) })}</span>`
          : nothing
      }
    </p>`;
  }
}

/**
 * The way on to the full text at the article's URL: the notice of a locked article, or the link of
 * one that came without a body (no dead end), in its language.
 */
function renderOnward({ url, locked, body }: Article, strings: Record<'locked' | 'readOnSite', string>, lang?: string) {
  const link = url ? html`<a href=${url}>${strings.readOnSite}</a>` : nothing;
  if (locked) return html`<p part="locked" class="locked" lang=${lang ?? nothing}>${strings.locked} ${link}</p>`;
  return body.length || !url ? nothing : html`<p part="full-text" class="locked" lang=${lang ?? nothing}>${link}</p>`;
}

/** "By A, B and C" in `lang`, keeping each name's link: the list is formatted in parts. */
function joinList(names: unknown[], template: string, lang: string) {
  const parts = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(
    names.map((_, i) => `\u0000${i}`),
  );
  const list = parts.map((part) =>
    part.type === 'element' ? names[Number(part.value.slice(1))] : part.value,
  );
  return formatParts(template, { names: list });
}

declare global {
  interface HTMLElementTagNameMap {
    'folio-article': FolioArticle;
  }
  interface GlobalEventHandlersEventMap {
    'folio-load': CustomEvent<FolioLoadDetail>;
    'folio-ad-visible': CustomEvent<FolioAdVisibleDetail>;
  }
}
