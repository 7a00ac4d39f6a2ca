import { LitElement, html, isServer, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Article } from '../model/article.js';
import { emit } from '../internal/events.js';
import type { FolioErrorDetail, FolioWarningDetail } from '../internal/events.js';
import { directionOf, followLang, format, languageOf, localize } from '../internal/i18n.js';
import { renderRootOf } from '../internal/server-root.js';
import { DEFAULT_TIMEOUT, SourceController } from '../internal/source.js';
import { InputReader, readArticle, readsComplete } from '../internal/read.js';
import type { Loaded, Reader } from '../internal/read.js';
import { renderStatus, reportStatus } from '../internal/status.js';
import { renderTime } from '../internal/dates.js';
import { parseJson } from '../internal/json.js';
import { AdVisibilityController } from './ad-visibility.js';
import type { FolioAdVisibleDetail } from './ad-visibility.js';
import { renderBody, renderFigure } from './blocks.js';
import { messages } from './strings.js';
import { styles } from './article.styles.js';
import { HOST_JSON_LD, syncJsonLd } from './json-ld-script.js';
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

type Strings = (typeof messages)['en'];

/** Parts of the article the `hide` attribute can leave out. */
export type HideablePart = 'share' | 'related' | 'image' | 'byline';

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
 * @csspart ad - Each ad slot's reserved box.
 * @csspart locked - The notice of an article whose site keeps its body from readers here (a password or a paywall), with a link to read it there.
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
export class FolioArticle extends LitElement {
  static override styles = styles;

  static {
    followLang(this);
  }

  /** The article: Folio Article JSON, a JSON Feed item, a WordPress post or a schema.org NewsArticle. */
  @property({ attribute: false }) article?: unknown;

  /** URL of article JSON to fetch and render. A new `src` cancels the previous request. */
  @property() src?: string;

  /** Space-separated parts to leave out: `share`, `related`, `image`, `byline`. */
  @property() hide = '';

  /** Milliseconds to wait for `src` before showing an error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Also write the article as a schema.org `NewsArticle` `<script type="application/ld+json">` child, for search engines. */
  @property({ type: Boolean, attribute: 'emit-jsonld' }) emitJsonLd = false;

  #source = new SourceController(this, readArticle);
  #ads = new AdVisibilityController(this);
  #inline = new InputReader(this, readInline);
  #inlineText?: string;
  #fromProperty = new InputReader(this, readArticle);
  #reported?: Loaded<Article>;
  /** The parts named in `hide`, read when it changes rather than on each of their checks. */
  #hidden = new Set<HideablePart>();
  /** Made on connection: a server renders the element without one. */
  #childObserver?: MutationObserver;

  /** What is shown: the `article` property wins, then `src`, then inline JSON. */
  get #current(): Loaded<Article> {
    if (this.article !== undefined) return this.#fromProperty.state;
    if (this.src) return this.#source.state;
    return this.#inline.state;
  }

  /** Rendered, with any read under way (DOMPurify or a format reader still loading) read and rendered too. */
  protected override getUpdateComplete(): Promise<boolean> {
    return readsComplete(this, () => super.getUpdateComplete());
  }

  protected override createRenderRoot() {
    return renderRootOf(this, () => super.createRenderRoot());
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
    if (changed.has('hide')) this.#hidden = new Set(String(this.hide ?? '').split(/\s+/) as HideablePart[]);
    this.#readInline();
    if (changed.has('article')) this.#fromProperty.read(this.article);
    if (changed.has('src') || changed.has('timeout')) this.#source.load(this.src, this.timeout);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const state = this.#current;
    if (state.status === 'ready') this.#ads.watch(state.value);
    if (state !== this.#reported || changed.has('emitJsonLd')) {
      syncJsonLd(this, this.emitJsonLd && state.status === 'ready' ? state.value : undefined);
    }
    if (state === this.#reported) return;
    this.#reported = state;
    if (state.status === 'ready') emit<FolioLoadDetail>(this, 'folio-load', { article: state.value });
    reportStatus(this, state);
  }

  /**
   * Reads a child `<script type="application/json">` (or the page's own `application/ld+json`),
   * the way pages print an article server-side. The script stays where it is, readable to crawlers.
   */
  #readInline(): void {
    const text = this.#inlineScriptText();
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.#inline.read(text);
  }

  #inlineScriptText(): string | undefined {
    // On a server the article arrives as a property; there are no children to read.
    if (isServer) return undefined;
    const script = this.querySelector(`:scope > script[type="application/json"], ${HOST_JSON_LD}`);
    return script?.textContent ?? undefined;
  }

  override render() {
    const state = this.#current;
    const lang = state.status === 'ready' && state.value.lang ? state.value.lang : languageOf(this);
    const strings = localize(messages, lang);
    if (state.status !== 'ready') {
      return html`<div lang=${lang} dir=${directionOf(lang)}>${renderStatus(state, strings)}</div>`;
    }
    return this.#renderArticle(state.value, lang, strings, state.src ?? state.value.url);
  }

  /** `base`: the document's address, which relative links in the body resolve against. */
  #renderArticle(article: Article, lang: string, strings: Strings, base: string | undefined) {
    // Content in no declared language (none in the JSON, none on this element: the page's is the
    // page's) takes its direction from its own text, so Arabic reads right to left on any page.
    const declared = Boolean(article.lang || this.getAttribute('lang'));
    const dir = declared ? undefined : 'auto';
    // The body is the bulk of the article: `guard` renders it again only for a new body, URL (which
    // its links resolve against), ad label (which follows the language) or direction, and skips it
    // in renders for anything else, such as `hide`.
    return html`<article part="article" lang=${lang} dir=${directionOf(lang)}>
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
      ${article.locked ? renderLocked(article.url, strings) : nothing}
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

  #renderByline(article: Article, lang: string, strings: Strings) {
    const { authors, published, updated } = article;
    if (!authors.length && !published && !updated) return nothing;
    const names = authors.map((author) =>
      author.url ? html`<a href=${author.url} rel="author">${author.name}</a>` : author.name,
    );
    return html`<p part="byline" class="byline">
      ${names.length ? html`<span class="authors">${joinList(names, strings.by, lang)}</span>` : nothing}
      ${published ? html`<span>${strings.published} ${renderTime(published, lang)}</span>` : nothing}
      ${updated && updated !== published ? html`<span>${strings.updated} ${renderTime(updated, lang)}</span>` : nothing}
    </p>`;
  }
}

/** The notice of a locked article, in its language, with a link to read it on its site. */
function renderLocked(url: string | undefined, strings: Record<'locked' | 'readOnSite', string>) {
  return html`<p part="locked" class="locked">
    ${strings.locked} ${url ? html`<a href=${url}>${strings.readOnSite}</a>` : nothing}
  </p>`;
}

/** "By A, B and C" in `lang`, keeping each name's link: the list is formatted in parts. */
function joinList(names: unknown[], template: string, lang: string) {
  const parts = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(
    names.map((_, i) => `\u0000${i}`),
  );
  const list = parts.map((part) =>
    part.type === 'element' ? names[Number(part.value.slice(1))] : part.value,
  );
  const [before, after] = format(template, { names: '\u0001' }).split('\u0001');
  return [before, ...list, after];
}

const readInline: Reader<Article> = (text, options) => readArticle(parseInline(text as string), options);

function parseInline(text: string): unknown {
  try {
    return parseJson(text);
  } catch (error) {
    throw new Error(
      `The inline <script type="application/json"> is not valid JSON: ${(error as Error).message}.`,
    );
  }
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
