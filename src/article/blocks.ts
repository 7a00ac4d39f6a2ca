/** Renders the article body, one template per block type. All HTML passes the sanitizer here. */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ArticleImage, Block } from '../model/article.js';
import { needsParsing, sanitizeHtml } from '../internal/sanitize.js';

export interface BlockContext {
  /** The article URL, which relative links resolve against. */
  base?: string;
  /** The label on ad slots, in the article's language. */
  adLabel: string;
}

// Sanitized nodes go in as they are (no HTML string sink); `guard` keeps them across re-renders.
// HTML with nothing to parse (half the demo's blocks) is shown as text.
const markup = (source: string, { base }: BlockContext) =>
  needsParsing(source) ? guard([source, base], () => sanitizeHtml(source, base)) : source;

export function renderBlock(block: Block, context: BlockContext) {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${markup(block.html, context)}</p>`;
    case 'heading':
      if (block.level === 3) return html`<h3 part="heading">${block.text}</h3>`;
      if (block.level === 4) return html`<h4 part="heading">${block.text}</h4>`;
      return html`<h2 part="heading">${block.text}</h2>`;
    case 'image':
      return renderFigure(block);
    case 'quote':
      return html`<figure class="quote" part="quote">
        <blockquote>${markup(block.html, context)}</blockquote>
        ${block.cite ? html`<figcaption>${block.cite}</figcaption>` : nothing}
      </figure>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${markup(item, context)}</li>`);
      return block.ordered
        ? html`<ol>
            ${items}
          </ol>`
        : html`<ul>
            ${items}
          </ul>`;
    }
    case 'ad':
      return renderAd(block.id, context.adLabel);
    case 'html':
      return html`<div class="html">${markup(block.html, context)}</div>`;
  }
}

/** An image with its caption and credit; `width`/`height` reserve its space before it loads. */
export function renderFigure(image: ArticleImage, loading: 'lazy' | 'eager' = 'lazy') {
  return html`<figure part="figure">
    <img
      part="image"
      src=${image.src}
      alt=${image.alt}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      loading=${loading}
      decoding="async"
    />
    ${
      image.caption || image.credit
        ? html`<figcaption>
            ${image.caption ?? nothing}
            ${image.credit ? html`<span class="credit">${image.credit}</span>` : nothing}
          </figcaption>`
        : nothing
    }
  </figure>`;
}

/** A reserved, labelled box that shows the host's `<… slot="ad-ID">` child when there is one. */
function renderAd(id: string, label: string) {
  return html`<div part="ad" class="ad" role="group" aria-label=${label} data-ad=${id}>
    <span class="ad-label" aria-hidden="true">${label}</span>
    <slot name=${`ad-${id}`}></slot>
  </div>`;
}
