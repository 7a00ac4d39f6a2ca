/**
 * Embedded players and widgets made readable without them. An `<iframe>` (a video player, a map)
 * becomes a link to the page it shows, and an oEmbed wrapper that holds only a bare URL (WordPress
 * ships that when the provider could not be reached) becomes a link. The sanitizer does this first,
 * so it applies to every body, whatever its format; the result is still untrusted HTML.
 */
import { safeUrl } from '../model/url.js';
import { policy } from './trusted-types.js';

/** Players whose embed URL has a page a reader can open instead. */
const PLAYER_PAGES: [RegExp, string][] = [
  [
    /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/i,
    'https://www.youtube.com/watch?v=',
  ],
  [/^(?:https?:)?\/\/player\.vimeo\.com\/video\/(\d+)/i, 'https://vimeo.com/'],
];

/** `document` is the sanitizer's: the page's, or a server DOM's. */
export function degradeEmbeds(html: string, document: Document): string {
  if (!/<iframe|wp-block-embed__wrapper/i.test(html)) return html;
  return rewriteHtml(html, document, (content) => {
    for (const frame of content.querySelectorAll('iframe')) {
      frame.replaceWith(linkTo(document, frame.getAttribute('src'), frame.getAttribute('title') ?? ''));
    }
    for (const wrapper of content.querySelectorAll('.wp-block-embed__wrapper')) {
      const text = wrapper.textContent!.trim();
      if (!wrapper.children.length && /^https?:\/\/\S+$/.test(text))
        wrapper.replaceChildren(linkTo(document, text, ''));
    }
  });
}

/** A paragraph with a link to `src`'s page, named by the frame's title (and site) or by the URL itself. */
function linkTo(document: Document, src: string | null, title: string): Node {
  const href = src && pageOf(src.trim());
  // A frame of `javascript:` or `data:` has no page to link to; the sanitizer resolves the others.
  if (!href || !safeUrl(href, document.baseURI)) return document.createTextNode('');
  const paragraph = document.createElement('p');
  const link = paragraph.appendChild(document.createElement('a'));
  link.setAttribute('href', href);
  link.textContent = title.trim() || href;
  const site = title.trim() && hostOf(href, document.baseURI);
  if (site) paragraph.append(` (${site})`);
  return paragraph;
}

function pageOf(src: string): string {
  for (const [player, page] of PLAYER_PAGES) {
    const id = player.exec(src)?.[1];
    if (id) return page + id;
  }
  return src;
}

function hostOf(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * Lets `edit` rewrite `html` as nodes and returns the result as HTML, still untrusted:
 * `sanitizeHtml` reads it next. The nodes live in an inert template (nothing in them loads or
 * runs) and never leave this function as nodes.
 */
function rewriteHtml(html: string, document: Document, edit: (content: DocumentFragment) => void): string {
  const template = document.createElement('template');
  // The DOM typings predate Trusted Types: `innerHTML` takes a TrustedHTML at run time.
  template.innerHTML = (policy?.createHTML(html) ?? html) as string;
  edit(template.content);
  return template.innerHTML;
}
