/**
 * The demo page's state and actions. Everything is rendered from here with lit-html, and every
 * change that a link should carry is written into the page's URL.
 */
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { normalizeArticle, parseJson } from '../src/index.js';
import type { Article, FolioErrorDetail, FolioWarning, RelatedItem } from '../src/index.js';
import { copyText } from './clipboard.js';
import { ARABIC_ARTICLE, SAMPLES, loadJson } from './content.js';
import { BUNDLED_SCRIPT, embedSnippet } from './embed.js';
import { gallery } from './gallery.js';
import { pack, unpack } from './packed-text.js';
import { playground } from './playground.js';
import { settings } from './settings.js';
import { VIEWS, readState, writeState } from './state.js';
import type { DemoState } from './state.js';
import { themeCss, themeProperties } from './theme.js';
import type { Theme } from './theme.js';

/** Where the edited JSON is kept in the URL: in the hash, which is never sent to the server. */
const TEXT_HASH = '#json=';
/**
 * How long typing pauses before the preview follows. Each key only redraws its own line of the
 * editor; the article, which Folio reads and lays out again in full, waits for the pause.
 */
const PREVIEW_DELAY = 150;
/** How long typing pauses before the URL takes the edited JSON. */
const SAVE_DELAY = 400;

export type Copyable = 'css' | 'snippet';

export class Demo {
  state: DemoState = readState(location.search);

  /** The demo article as its file has it (for the gallery and the snippet) and as Folio reads it. */
  article?: unknown;
  model?: Article;
  /** The same, written in Arabic, for the gallery in an Arabic preview. */
  arabic?: { article: unknown; model: Article };
  /** Related items with titles and images, for the second carousel. */
  richRelated: RelatedItem[] = [];
  /** Set when the demo's own files could not be loaded. */
  failure?: string;

  /** The playground: the editor's text, the sample it started from, and the last text that parsed. */
  text = '';
  #sampleText = '';
  parsed?: unknown;
  syntaxError?: { message: string; line?: number };
  /** What `<folio-article>` said about the last parsed text (its `folio-error` detail). */
  inputError?: FolioErrorDetail;
  /** What it repaired or left out of the last text it rendered (its `folio-warning` detail). */
  inputWarnings: FolioWarning[] = [];
  /** `loading` while a sample is on its way, or why it could not be loaded. */
  sampleStatus?: string;

  /** The result of the last copy, announced beside its button. */
  copied?: { what: Copyable; ok: boolean };
  settingsOpen = matchMedia('(min-width: 64rem)').matches;

  #prefersDark = matchMedia('(prefers-color-scheme: dark)');
  #sampleRequest = 0;
  #previewTimer?: ReturnType<typeof setTimeout>;
  #saveTimer?: ReturnType<typeof setTimeout>;
  // Each preview keeps the same object until its input changes, so re-rendering the page does not
  // re-render (and re-announce) the article.
  #inGalleryLanguage = remembered(inLanguage);
  #inPlaygroundLanguage = remembered(inLanguage);

  constructor(private readonly root: HTMLElement) {
    this.#prefersDark.addEventListener('change', () => this.render());
    addEventListener('popstate', () => this.#followUrl());
  }

  async start(): Promise<void> {
    this.render();
    try {
      const [article, arabic, rich] = await Promise.all([
        loadJson(SAMPLES.folio.file),
        loadJson(ARABIC_ARTICLE),
        loadJson('articles/related-rich.json'),
      ]);
      this.article = article;
      this.model = normalizeArticle(article);
      this.arabic = { article: arabic, model: normalizeArticle(arabic) };
      this.richRelated = rich as RelatedItem[];
      await this.#openText();
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
    this.render();
  }

  /** The colour scheme on show, whose colours the pickers edit: under `auto`, the reader's. */
  get scheme(): 'light' | 'dark' {
    const { scheme } = this.state.theme;
    if (scheme !== 'auto') return scheme;
    return this.#prefersDark.matches ? 'dark' : 'light';
  }

  get css(): string {
    return themeCss(this.state.theme);
  }

  /** The absolute URL the embed snippet loads Folio from. */
  get scriptUrl(): string {
    return new URL(this.state.script ?? BUNDLED_SCRIPT, document.baseURI).href;
  }

  /** The snippet for the article on show: the playground's, or the gallery's; empty until there is one. */
  get snippet(): string {
    const article = this.state.view === 'playground' ? this.playgroundArticle : this.galleryArticle;
    if (article === undefined) return '';
    const themed = Object.keys(themeProperties(this.state.theme)).length > 0;
    return embedSnippet({ script: this.scriptUrl, article, css: themed ? this.css : undefined });
  }

  /** The gallery's article: in Arabic, the Arabic one; in the other languages, the English one in their UI strings. */
  get galleryArticle(): unknown {
    if (this.state.lang === 'ar') return this.arabic?.article;
    return this.#inGalleryLanguage(this.article, this.state.lang);
  }

  /** The gallery's article as Folio reads it, for the elements that take its fields one by one. */
  get galleryModel(): Article | undefined {
    return this.state.lang === 'ar' ? this.arabic?.model : this.model;
  }

  get playgroundArticle(): unknown {
    return this.#inPlaygroundLanguage(this.parsed, this.state.lang);
  }

  /** Changes the state; a new view gets its own history entry, other changes replace the current one. */
  update(changes: Partial<DemoState>): void {
    const view = changes.view !== undefined && changes.view !== this.state.view;
    this.state = { ...this.state, ...changes };
    this.copied = undefined;
    history[view ? 'pushState' : 'replaceState'](null, '', this.href());
    this.render();
  }

  /** Remembers whether the settings panel is open, so that rendering again keeps it so. */
  showSettings(open: boolean): void {
    this.settingsOpen = open;
  }

  setTheme(changes: Partial<Theme>): void {
    this.update({ theme: { ...this.state.theme, ...changes } });
  }

  /** The URL of the demo in `state`, with the edited JSON when there is some. */
  href(state: DemoState = this.state): string {
    const hash = location.hash.startsWith(TEXT_HASH) ? location.hash : '';
    return `${location.pathname}${writeState(state)}${hash}`;
  }

  /** A key typed in the editor: shown at once, with the preview and the link following when typing pauses. */
  edit(text: string): void {
    this.text = text;
    this.render();
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => this.#parse(), PREVIEW_DELAY);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#saveText(), SAVE_DELAY);
  }

  /** Records what the playground's `<folio-article>` said about the text: valid, what it repaired or left out, or what is wrong. */
  checked(error?: FolioErrorDetail, warnings: FolioWarning[] = []): void {
    const said = (e?: FolioErrorDetail, w: FolioWarning[] = []) => JSON.stringify([e?.message, w]);
    if (said(error, warnings) === said(this.inputError, this.inputWarnings)) return;
    this.inputError = error;
    this.inputWarnings = warnings;
    this.render();
  }

  /** Replaces the editor's text with the sample in `format`. */
  async chooseFormat(format: DemoState['format']): Promise<void> {
    this.update({ format });
    await this.#loadSample();
  }

  async copy(what: Copyable): Promise<void> {
    const ok = await copyText(what === 'css' ? this.css : this.snippet);
    this.copied = { what, ok };
    this.render();
  }

  render(): void {
    const { state } = this;
    const { light, dark } = state.theme.colors.bg;
    const properties = {
      ...themeProperties(state.theme),
      '--frame-width': widthOf(state.width),
      // Frames take the elements' background, so the space around a padded element matches it.
      '--frame-bg': `light-dark(${light}, ${dark})`,
    };
    render(
      html`<header class="topbar">
          <h1 class="brand">Folio <span>demo</span></h1>
          <nav class="views" aria-label="Demo views">
            ${VIEWS.map(
              (view) =>
                html`<a
                  href=${this.href({ ...state, view })}
                  aria-current=${view === state.view ? 'page' : 'false'}
                  @click=${(event: MouseEvent) => this.#follow(event, { view })}
                  >${view === 'gallery' ? 'Gallery' : 'Playground'}</a
                >`,
            )}
          </nav>
        </header>
        <div class="layout">
          <aside class="sidebar" aria-label="Settings">${settings(this)}</aside>
          <main id="main" style=${styleMap(properties)}>${this.#renderView()}</main>
        </div>`,
      this.root,
    );
  }

  #renderView() {
    if (this.failure)
      return html`<p class="failure" role="alert">The demo could not start: ${this.failure}</p>`;
    if (!this.model) return html`<p class="booting" role="status">Loading the demo content…</p>`;
    return this.state.view === 'playground' ? playground(this) : gallery(this);
  }

  /** Follows a link inside the demo without reloading, unless the reader asked for a new tab. */
  #follow(event: MouseEvent, changes: Partial<DemoState>): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.update(changes);
  }

  /** Back and forward: the state comes from the URL again, and the editor when its text or sample changed. */
  async #followUrl(): Promise<void> {
    const format = this.state.format;
    this.state = readState(location.search);
    if (location.hash.startsWith(TEXT_HASH) || format !== this.state.format) await this.#openText();
    this.render();
  }

  /** Fills the editor from the URL's edited JSON, or else from the chosen sample. */
  async #openText(): Promise<void> {
    const packed = location.hash.startsWith(TEXT_HASH) ? location.hash.slice(TEXT_HASH.length) : '';
    if (!packed) return this.#loadSample();
    const text = await unpack(packed).catch(() => undefined);
    if (text === undefined) return this.#loadSample();
    if (text !== this.text) this.#open(text);
  }

  /** Loads the chosen sample into the editor; the last one chosen wins. */
  async #loadSample(): Promise<void> {
    const request = ++this.#sampleRequest;
    this.sampleStatus = 'loading';
    this.render();
    try {
      const json = await loadJson(SAMPLES[this.state.format].file);
      if (request !== this.#sampleRequest) return;
      this.sampleStatus = undefined;
      this.#sampleText = JSON.stringify(json, null, 2);
      this.#open(this.#sampleText);
      this.#writeHash('');
    } catch (error) {
      if (request !== this.#sampleRequest) return;
      this.sampleStatus = error instanceof Error ? error.message : String(error);
      this.render();
    }
  }

  /** Shows `text` in the editor and the preview at once. */
  #open(text: string): void {
    clearTimeout(this.#previewTimer);
    clearTimeout(this.#saveTimer);
    this.text = text;
    this.#parse();
  }

  #parse(): void {
    try {
      this.parsed = parseJson(this.text);
      this.syntaxError = undefined;
    } catch (error) {
      this.syntaxError = error as Error & { line?: number };
    }
    this.render();
  }

  async #saveText(): Promise<void> {
    const text = this.text;
    const hash = text === this.#sampleText ? '' : TEXT_HASH + (await pack(text));
    if (text === this.text) this.#writeHash(hash);
  }

  #writeHash(hash: string): void {
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }
}

/** The article with its language set to `lang`, so the preview shows its strings and direction. */
function inLanguage(input: unknown, lang?: string): unknown {
  if (!lang || input === undefined) return input;
  try {
    return { ...normalizeArticle(input), lang };
  } catch {
    return input; // Invalid: the element shows what is wrong with it as it is.
  }
}

/** `fn`, returning the same result while it is called with the same arguments. */
function remembered<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (!last || args.some((arg, i) => arg !== last!.args[i])) last = { args, result: fn(...args) };
    return last.result;
  };
}

const widthOf = (width: DemoState['width']) => (width === 'full' ? null : `${width}px`);
