// The Lit floor: minimal Lit components that render the markup Folio renders for an article, from
// the same data, with Folio's styles and share marks, dates through the same `Intl` formatter, and
// nothing else: no sanitizing (the HTML goes in through `unsafeHTML`), no validation, no events,
// no state. The bench bundles it alone with the drop-in settings; no Folio can render faster than it.
import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { styles as articleStyles } from '../src/article/article.styles.js';
import { styles as shareStyles } from '../src/share-bar/share-bar.styles.js';
import { styles as relatedStyles } from '../src/related/related.styles.js';
import { PATHS } from '../src/share-bar/icons.js';

const formats = new Map();
const date = (iso, lang) => {
  let format = formats.get(lang);
  if (!format)
    formats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return html`<time datetime=${iso}>${format.format(new Date(iso))}</time>`;
};

const figure = (image, loading) =>
  html`<figure part="figure">
    <img
      part="image"
      src=${image.src}
      alt=${image.alt ?? ''}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      loading=${loading}
      decoding="async"
    />
    ${
      image.caption || image.credit
        ? html`<figcaption>
            ${image.caption ?? nothing}${image.credit ? html`<span class="credit">${image.credit}</span>` : nothing}
          </figcaption>`
        : nothing
    }
  </figure>`;

function block(b) {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${unsafeHTML(b.html)}</p>`;
    case 'heading':
      return html`<h2 part="heading">${b.text}</h2>`;
    case 'image':
      return figure(b, 'lazy');
    case 'quote':
      return html`<figure class="quote" part="quote">
        <blockquote>${unsafeHTML(b.html)}</blockquote>
        ${b.cite ? html`<figcaption>${b.cite}</figcaption>` : nothing}
      </figure>`;
    case 'list': {
      const items = b.items.map((item) => html`<li>${unsafeHTML(item)}</li>`);
      return b.ordered
        ? html`<ol>
            ${items}
          </ol>`
        : html`<ul>
            ${items}
          </ul>`;
    }
    case 'ad':
      return html`<div part="ad" class="ad" role="group" aria-label="Advertisement" data-ad=${b.id}>
        <span class="ad-label" aria-hidden="true">Advertisement</span><slot name=${`ad-${b.id}`}></slot>
      </div>`;
    default:
      return html`<div class="html">${unsafeHTML(b.html)}</div>`;
  }
}

class FloorArticle extends LitElement {
  static properties = { article: { attribute: false } };
  static styles = articleStyles;
  render() {
    const a = this.article;
    if (!a) return nothing;
    const lang = a.lang ?? 'en';
    return html`<article part="article" lang=${lang} dir="ltr">
      <header part="header">
        ${a.category ? html`<p part="category" class="category">${a.category.name ?? a.category}</p>` : nothing}
        <h1 part="title">${a.title}</h1>
        ${a.dek ? html`<p part="dek" class="dek">${a.dek}</p>` : nothing}
        <p part="byline" class="byline">
          <span class="authors"
            >By ${(a.authors ?? []).map((author) => author.name ?? author).join(', ')}</span
          >
          ${a.published ? html`<span>Published ${date(a.published, lang)}</span>` : nothing}
          ${a.updated ? html`<span>Updated ${date(a.updated, lang)}</span>` : nothing}
        </p>
      </header>
      <floor-share part="share" lang=${lang} url=${a.url} headline=${a.title}></floor-share>
      ${a.image ? figure(a.image, 'eager') : nothing}
      <div part="body" class="body">${a.body.map(block)}</div>
      ${a.related?.length ? html`<floor-related part="related" lang=${lang} .items=${a.related}></floor-related>` : nothing}
    </article>`;
  }
}

const NETWORKS = ['facebook', 'x', 'reddit', 'pinterest', 'email'];

class FloorShare extends LitElement {
  static properties = { url: {}, headline: {} };
  static styles = shareStyles;
  render() {
    const url = encodeURIComponent(this.url ?? '');
    return html`<div class="bar">
      <ul part="list" class="list" role="list">
        ${NETWORKS.map(
          (network) =>
            html`<li>
              <a
                part="button ${network}"
                data-network=${network}
                href=${`https://share.example/${network}?u=${url}`}
                target="_blank"
                rel="noopener noreferrer"
                aria-label=${`Share on ${network}`}
              >
                <svg
                  part="icon"
                  class=${network === 'email' ? 'line' : ''}
                  viewBox="0 0 24 24"
                  aria-hidden="true"
                >
                  <path d=${PATHS[network]}></path>
                </svg>
              </a>
            </li>`,
        )}
      </ul>
      <span part="status" class="copied" role="status"></span>
    </div>`;
  }
}

class FloorRelated extends LitElement {
  static properties = { items: { attribute: false } };
  static styles = relatedStyles;
  render() {
    const lang = this.lang || 'en';
    return html`<section
      part="carousel"
      aria-roledescription="carousel"
      aria-labelledby="heading"
      lang=${lang}
      dir="ltr"
    >
      <div class="bar">
        <h2 id="heading" part="heading">Related articles</h2>
        ${['prev', 'next'].map(
          (which) =>
            html`<button type="button" part=${`${which}-button`} aria-label=${which} aria-controls="track">
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d=${which === 'prev' ? 'm15 5-7 7 7 7' : 'm9 5 7 7-7 7'} />
              </svg>
            </button>`,
        )}
      </div>
      <div id="track" part="track" class="track" tabindex="-1">
        ${this.items.map(
          (item, i) =>
            html`<div
              part="card"
              class="card"
              role="group"
              aria-roledescription="slide"
              aria-label=${`${i + 1} of ${this.items.length}`}
              data-index=${i}
            >
              ${item.image ? html`<img part="image" src=${item.image.src} alt=${item.image.alt ?? ''} width=${item.image.width ?? 640} height=${item.image.height ?? 360} loading="lazy" decoding="async" />` : nothing}
              ${item.category ? html`<p part="category" class="category">${item.category}</p>` : nothing}
              <h3 part="title" class="title">
                <a part="link" href=${item.url}>${item.title ?? item.summary}</a>
              </h3>
              ${item.title && item.summary ? html`<p part="summary" class="summary">${item.summary}</p>` : nothing}
              ${item.published ? html`<p part="date" class="date">${date(item.published, lang)}</p>` : nothing}
            </div>`,
        )}
      </div>
    </section>`;
  }
}

customElements.define('floor-article', FloorArticle);
customElements.define('floor-share', FloorShare);
customElements.define('floor-related', FloorRelated);
