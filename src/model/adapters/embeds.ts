/**
 * Embedded players and widgets made readable without them. An `<iframe>` (a video player, a map)
 * becomes a link to the page it shows, and an oEmbed wrapper that holds only a bare URL (WordPress
 * ships that when the provider could not be reached) becomes a link. The result is still untrusted
 * HTML: the sanitizer reads it at render time like any other.
 */
import { rewriteHtml } from '../../internal/sanitize.js';

/** Players whose embed URL has a page a reader can open instead. */
const PLAYER_PAGES: [RegExp, string][] = [
  [
    /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/i,
    'https://www.youtube.com/watch?v=',
  ],
  [/^(?:https?:)?\/\/player\.vimeo\.com\/video\/(\d+)/i, 'https://vimeo.com/'],
];

export function degradeEmbeds(html: string): string {
  if (!/<iframe|wp-block-embed__wrapper/i.test(html)) return html;
  return rewriteHtml(html, (content) => {
    for (const frame of content.querySelectorAll('iframe')) {
      frame.replaceWith(linkTo(frame.getAttribute('src'), frame.title));
    }
    for (const wrapper of content.querySelectorAll('.wp-block-embed__wrapper')) {
      const text = wrapper.textContent!.trim();
      if (!wrapper.children.length && /^https?:\/\/\S+$/.test(text))
        wrapper.replaceChildren(linkTo(text, ''));
    }
  });
}

/** A paragraph with a link to `src`'s page, named by the frame's title (and site) or by the URL itself. */
function linkTo(src: string | null, title: string): Node {
  const href = src && pageOf(src.trim());
  if (!href) return document.createTextNode('');
  const paragraph = document.createElement('p');
  const link = paragraph.appendChild(document.createElement('a'));
  link.setAttribute('href', href);
  link.textContent = title.trim() || href;
  const site = title.trim() && hostOf(href);
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

function hostOf(href: string): string | undefined {
  try {
    return new URL(href, document.baseURI).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
