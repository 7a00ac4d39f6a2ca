/** Renders the article body, one template per block type. All HTML passes the sanitizer here. */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ArticleImage, Block, MediaBlock } from '../model/article.js';
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

/**
 * How a server writes sanitized nodes into its page, which is text: set by `folio-embed/ssr`, so
 * that the browser bundles leave out what only the server uses. In a browser the nodes go in as they are.
 */
let serverContent: ((markup: DocumentFragment) => unknown) | undefined;

export const writeBodyOnServerWith = (write: (markup: DocumentFragment) => unknown) => {
  serverContent = write;
};

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
  const { base } = context;
  const sanitized = body.map((block) =>
    htmlOf(block).map((source): Markup => (needsParsing(source) ? sanitizedOnce(source, base) : source)),
  );
  // Heading blocks are h2 at the highest: only the HTML can hold an h1.
  const shift = sanitized.flat().some((markup) => typeof markup !== 'string' && markup.querySelector('h1'))
    ? 1
    : 0;
  const blocks = body.map((block, i): Block =>
    block.type === 'paragraph' && holdsBlocks(sanitized[i][0]) ? { type: 'html', html: block.html } : block,
  );
  return blocks.map((block, i) => {
    const list = block.type === 'list';
    // Each piece of HTML renders again only when it, its base or the shift changed: an update with
    // a new article leaves the nodes of the blocks it shares with the one before as they were.
    const content = htmlOf(block).map((source, j) =>
      guard([source, base, shift, list], () => contentOf(sanitized[i][j], shift, list)),
    );
    return renderBlock(block, content, shift, context);
  });
}

/** What a piece of sanitized HTML shows: a copy of its nodes, headings shifted, list items unwrapped. */
function contentOf(markup: Markup, shift: number, list: boolean): unknown {
  if (typeof markup === 'string') return markup;
  const copy = markup.cloneNode(true) as DocumentFragment;
  if (shift)
    for (const heading of copy.querySelectorAll(HEADINGS)) renameHeading(heading, levelOf(heading) + shift);
  if (list) unwrapListItems(copy);
  return serverContent ? serverContent(copy) : copy;
}

/** Sanitized HTML by base and source: a new article mostly repeats the blocks of the one before. */
const keptFragments = new Map<string, DocumentFragment>();
const FRAGMENTS_KEPT = 1000;

/** `source` sanitized, kept (never inserted: the page gets copies) so that the same HTML is sanitized once. */
function sanitizedOnce(source: string, base: string | undefined): DocumentFragment {
  // A server's documents come and go with its renders: it keeps none.
  if (serverContent) return sanitizeHtml(source, base);
  const key = `${base}\n${source}`;
  let kept = keptFragments.get(key);
  if (!kept) {
    kept = sanitizeHtml(source, base);
    if (keptFragments.size >= FRAGMENTS_KEPT) keptFragments.delete(keptFragments.keys().next().value!);
    keptFragments.set(key, kept);
  }
  return kept;
}

const holdsBlocks = (markup: Markup) => typeof markup !== 'string' && !!markup.querySelector(CLOSES_P);

/**
 * A list item's HTML that brings its own `<li>` (`"<li>Tickets</li>"`): the content takes the tag's
 * place, as a parser would close the item it is in at a second `<li>`. Nested lists keep theirs.
 */
function unwrapListItems(markup: DocumentFragment): void {
  for (const item of markup.querySelectorAll('li')) {
    if (!item.parentElement?.closest('ul, ol, menu')) item.replaceWith(...item.childNodes);
  }
}

function renderBlock(block: Block, markup: unknown[], shift: number, context: BodyContext) {
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
    case 'media':
      return renderMedia(block, dir);
  }
}

/** The last segment of a URL's path, as a reader would read it: `Episode%201.mp3` → `Episode 1.mp3`. */
function fileName(src: string): string {
  const name = new URL(src).pathname.split('/').pop() || src;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The browser's own player, named by the title, and a link to the file for a browser that cannot play it. */
function renderMedia({ kind, src, mime, title }: MediaBlock, dir: 'auto' | typeof nothing) {
  const label = title ?? fileName(src);
  const source = html`<source src=${src} type=${mime ?? nothing} />`;
  return html`<figure part="media" class="media" dir=${dir}>
    ${kind === 'audio'
      ? html`<audio controls preload="none" aria-label=${label}>${source}</audio>`
      : html`<video controls preload="metadata" aria-label=${label}>${source}</video>`}
    <figcaption><a href=${src}>${label}</a></figcaption>
  </figure>`;
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
