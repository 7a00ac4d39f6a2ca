/** Renders the article body, one template per block type. All HTML passes the sanitizer here. */
import { html, isServer, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ArticleImage, Block } from '../model/article.js';
import { needsParsing, sanitizeHtml } from '../internal/sanitize.js';

export interface BodyContext {
  /** The article URL, which relative links resolve against. */
  base?: string;
  /** The label on ad slots, in the article's language. */
  adLabel: string;
  /** `auto` when the article declares no language: each block takes its direction from its own text. */
  dir?: 'auto';
}

/** Sanitized nodes, inserted as they are (no HTML string sink), or text when there is nothing to parse. */
type Markup = DocumentFragment | string;

/** What a block shows of its markup: on a server, where the page is text, the nodes' HTML. */
type Content = Markup | ReturnType<typeof unsafeHTML>;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * Elements whose start tag closes an open `<p>` in HTML's parser (the HTML standard's "in body"
 * insertion mode; those the sanitizer removes included). A paragraph whose HTML holds one
 * is rendered as a `<div>`: a server's page, parsed, would otherwise split the `<p>` around it and
 * no longer be the DOM the client takes over.
 */
const CLOSES_P =
  'address, article, aside, blockquote, center, details, dialog, dir, div, dl, dd, dt, fieldset, figcaption, ' +
  'figure, footer, form, h1, h2, h3, h4, h5, h6, header, hgroup, hr, li, listing, main, menu, nav, ol, p, ' +
  'plaintext, pre, search, section, summary, table, ul, xmp';

/**
 * The body's blocks. Their HTML is sanitized first, so that when it uses `<h1>` every heading,
 * heading blocks included, moves down one level to fit under the article's `<h1>` and keeps its
 * rank among the others.
 */
export function renderBody(body: Block[], context: BodyContext) {
  const markup = body.map((block) =>
    htmlOf(block).map((source): Markup =>
      needsParsing(source) ? sanitizeHtml(source, context.base) : source,
    ),
  );
  const headings = markup
    .flat()
    .flatMap((part) => (typeof part === 'string' ? [] : [...part.querySelectorAll(HEADINGS)]));
  // Heading blocks are h2 at the highest: only the HTML can hold an h1.
  const shift = headings.some((heading) => heading.localName === 'h1') ? 1 : 0;
  if (shift) for (const heading of headings) renameHeading(heading, levelOf(heading) + shift);
  body.forEach((block, i) => block.type === 'list' && markup[i].forEach(unwrapListItems));
  const blocks = body.map((block, i): Block =>
    block.type === 'paragraph' && holdsBlocks(markup[i][0]) ? { type: 'html', html: block.html } : block,
  );
  // Last: on a server this moves the nodes out of their fragments.
  const content = isServer ? markup.map((parts) => parts.map(serverContent)) : markup;
  return blocks.map((block, i) => renderBlock(block, content[i], shift, context));
}

const holdsBlocks = (markup: Markup) => typeof markup !== 'string' && !!markup.querySelector(CLOSES_P);

/**
 * A list item's HTML that brings its own `<li>` (`"<li>Tickets</li>"`): the content takes the tag's
 * place, as a parser would close the item it is in at a second `<li>`. Nested lists keep theirs.
 */
function unwrapListItems(markup: Markup): void {
  if (typeof markup === 'string') return;
  for (const item of markup.querySelectorAll('li')) {
    if (!item.parentElement?.closest('ul, ol, menu')) item.replaceWith(...item.childNodes);
  }
}

/** Sanitized nodes written out as HTML, for a server's page: the browser that reads it builds the same nodes. */
function serverContent(markup: Markup): Content {
  if (typeof markup === 'string') return markup;
  const box = markup.ownerDocument.createElement('div');
  box.append(markup);
  return unsafeHTML(box.innerHTML);
}

function renderBlock(block: Block, markup: Content[], shift: number, context: BodyContext) {
  const dir = context.dir ?? nothing;
  switch (block.type) {
    case 'paragraph':
      return html`<p dir=${dir}>${markup[0]}</p>`;
    case 'heading':
      return renderHeading(block.text, block.level + shift, dir);
    case 'image':
      return renderFigure(block, 'lazy', context.dir);
    case 'quote':
      return html`<figure class="quote" part="quote" dir=${dir}>
        <blockquote>${markup[0]}</blockquote>
        ${block.cite ? html`<figcaption>${block.cite}</figcaption>` : nothing}
      </figure>`;
    case 'list': {
      const items = markup.map((item) => html`<li>${item}</li>`);
      return block.ordered
        ? html`<ol dir=${dir}>
            ${items}
          </ol>`
        : html`<ul dir=${dir}>
            ${items}
          </ul>`;
    }
    case 'ad':
      return renderAd(block.id, context.adLabel);
    case 'html':
      return html`<div class="html" dir=${dir}>${markup[0]}</div>`;
  }
}

/** The HTML strings a block holds, in order. */
function htmlOf(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
    case 'html':
      return [block.html];
    case 'list':
      return block.items;
    default:
      return [];
  }
}

const levelOf = (heading: Element) => Number(heading.tagName[1]);

/** An element cannot change its tag: a new heading takes the old one's place, attributes and content. */
function renameHeading(heading: Element, level: number): void {
  const renamed = heading.ownerDocument.createElement(`h${Math.min(level, 6)}`);
  for (const { name, value } of heading.attributes) renamed.setAttribute(name, value);
  renamed.append(...heading.childNodes);
  heading.replaceWith(renamed);
}

/** A heading block at `level`, down to h6 (a template cannot bind its tag name). */
function renderHeading(text: string, level: number, dir: 'auto' | typeof nothing) {
  if (level <= 2) return html`<h2 part="heading" dir=${dir}>${text}</h2>`;
  if (level === 3) return html`<h3 part="heading" dir=${dir}>${text}</h3>`;
  if (level === 4) return html`<h4 part="heading" dir=${dir}>${text}</h4>`;
  if (level === 5) return html`<h5 part="heading" dir=${dir}>${text}</h5>`;
  return html`<h6 part="heading" dir=${dir}>${text}</h6>`;
}

/** An image with its caption and credit; `width`/`height` reserve its space before it loads. */
export function renderFigure(image: ArticleImage, loading: 'lazy' | 'eager', dir?: 'auto') {
  return html`<figure part="figure" dir=${dir ?? nothing}>
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
