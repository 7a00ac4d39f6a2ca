/**
 * WordPress REST API posts (`/wp-json/wp/v2/posts`), one post or a list, with or without
 * `?_embed`. Titles, excerpts and content arrive as rendered HTML; `_embedded` adds the author,
 * the featured image and the terms. A list's first post is the article, the others its related
 * articles (`/wp/v2/posts?slug=…` answers with a list).
 */
import type { Article, ArticleImage, Author, Category, RelatedItem } from '../article.js';
import { readArticle } from '../folio.js';
import { date, isObject, language, list, object, pixels, text, url } from '../read.js';
import type { Json } from '../read.js';
import { fail } from '../errors.js';
import { htmlToText, rewriteHtml } from '../../internal/sanitize.js';
import { degradeEmbeds } from './embeds.js';
import { excerpt } from './text.js';

/** True for a post, or a list of posts: only WordPress sends `title` as `{ rendered }`. */
export function isWordPressPost(input: unknown): boolean {
  const post = Array.isArray(input) ? input[0] : input;
  return isObject(post) && isObject(post.title) && 'rendered' in post.title;
}

export function wordPressToArticle(input: unknown): Article {
  const many = Array.isArray(input);
  const posts = many ? input : [input];
  const at = many ? '[0].' : '';
  const post = object(posts[0], many ? '[0]' : 'post');
  const html = rendered(post.content, `${at}content`);
  const content = html ? htmlToText(html) : '';
  const summary = excerptOf(post, at, content);
  const embedded = isObject(post._embedded) ? post._embedded : {};
  const terms = termsOf(embedded, `${at}_embedded`);
  const title =
    titleOf(post, at) ?? excerpt(summary ?? content, 80) ?? fail(`${at}title.rendered`, 'is required');
  return readArticle({
    url: url(post.link, `${at}link`),
    title,
    dek: summary === title ? undefined : summary,
    category: terms.category,
    published: gmt(post.date_gmt, `${at}date_gmt`) ?? date(post.date, `${at}date`),
    updated: gmt(post.modified_gmt, `${at}modified_gmt`) ?? date(post.modified, `${at}modified`),
    authors: authorsOf(embedded, `${at}_embedded`),
    image: featuredImage(embedded, `${at}_embedded`),
    // Polylang and WPML add the post's language as `lang`.
    lang: language(post.lang, `${at}lang`),
    tags: terms.tags,
    body: html ? [{ type: 'html', html: degradeEmbeds(html) }] : [],
    // Without the password WordPress sends the content empty and marks it protected: the article
    // shows its own notice, in the article's language, with a link to the post.
    locked: !html && isObject(post.content) && post.content.protected === true,
    related: posts.slice(1).flatMap((value, i) => relatedItem(value, `[${i + 1}]`) ?? []),
  });
}

/** `{ rendered }` HTML, or `undefined` when the field or its HTML is absent. */
function rendered(value: unknown, path: string): string | undefined {
  return value == null ? undefined : text(object(value, path).rendered, `${path}.rendered`);
}

/** The title as plain text: WordPress encodes quotes and dashes as HTML entities (`&#8220;`). */
function titleOf(post: Json, at: string): string | undefined {
  const html = rendered(post.title, `${at}title`);
  return (html && htmlToText(html)) || undefined;
}

/**
 * The excerpt as a dek, without WordPress's "[…]" and "Continue reading" tails. An excerpt
 * WordPress cut from the content itself would only repeat the first paragraph, so it is left out.
 */
function excerptOf(post: Json, at: string, content: string): string | undefined {
  const html = rendered(post.excerpt, `${at}excerpt`);
  if (!html) return undefined;
  // Most excerpts have no tail to remove: they are not parsed for one.
  const withoutTails = /more-link|screen-reader-text/.test(html)
    ? rewriteHtml(html, (content) =>
        content.querySelectorAll('.more-link, .screen-reader-text').forEach((node) => node.remove()),
      )
    : html;
  const summary = htmlToText(withoutTails)
    .replace(/\s*\[(?:…|\.\.\.)\]$/, '…')
    .replace(/([.!?])…$/, '$1');
  const opening = summary.replace(/…$/, '');
  return summary && !content.startsWith(opening) ? summary : undefined;
}

/** WordPress's `*_gmt` dates are UTC but say so nowhere. */
function gmt(value: unknown, path: string): string | undefined {
  const utc = date(value, path);
  return utc && (/(?:z|[+-]\d\d:?\d\d)$/i.test(utc) ? utc : `${utc}Z`);
}

/** Embedded users; one the site keeps private arrives as an error object without a name. */
function authorsOf(embedded: Json, at: string): Author[] {
  return list(embedded.author, `${at}.author`).flatMap((value, i) => {
    const path = `${at}.author[${i}]`;
    const user = object(value, path);
    const name = text(user.name, `${path}.name`);
    return name ? { name, url: url(user.link, `${path}.link`) } : [];
  });
}

/** The featured image at the "large" size (about 1024px), which fits the text column. */
function featuredImage(embedded: Json, at: string): ArticleImage | undefined {
  const [value] = list(embedded['wp:featuredmedia'], `${at}.wp:featuredmedia`);
  if (value == null) return undefined;
  const path = `${at}.wp:featuredmedia[0]`;
  const media = object(value, path);
  const details = isObject(media.media_details) ? media.media_details : {};
  const sizes = isObject(details.sizes) ? details.sizes : {};
  const size = [sizes.large, sizes.full].find(isObject) ?? { source_url: media.source_url, ...details };
  const src = url(size.source_url, `${path}.source_url`);
  if (!src) return undefined;
  const caption = rendered(media.caption, `${path}.caption`);
  return {
    src,
    alt: text(media.alt_text, `${path}.alt_text`) ?? '',
    width: pixels(size.width, `${path}.media_details.width`),
    height: pixels(size.height, `${path}.media_details.height`),
    caption: caption && htmlToText(caption),
  };
}

/** The first real category (not "Uncategorized") and the tags, from `wp:term`. */
function termsOf(embedded: Json, at: string): { category?: Category; tags: string[] } {
  const terms = list(embedded['wp:term'], `${at}.wp:term`)
    .flatMap((group, i) => list(group, `${at}.wp:term[${i}]`))
    .filter(isObject);
  const named = (taxonomy: string) =>
    terms.filter((term) => term.taxonomy === taxonomy && typeof term.name === 'string' && term.name.trim());
  const [category] = named('category').filter((term) => term.slug !== 'uncategorized');
  return {
    category: category && {
      name: htmlToText(category.name as string),
      url: url(category.link, `${at}.wp:term.link`),
    },
    tags: named('post_tag').map((term) => htmlToText(term.name as string)),
  };
}

/** Another post of a list, as a related article. */
function relatedItem(value: unknown, at: string): RelatedItem | undefined {
  const post = object(value, at);
  const link = url(post.link, `${at}.link`);
  const title = titleOf(post, `${at}.`);
  const summary = excerptOf(post, `${at}.`, '');
  if (!link || !(title || summary)) return undefined;
  return {
    url: link,
    title,
    summary,
    published: gmt(post.date_gmt, `${at}.date_gmt`) ?? date(post.date, `${at}.date`),
    // `readArticle` keeps what a card shows of it.
    image: featuredImage(isObject(post._embedded) ? post._embedded : {}, `${at}._embedded`),
  };
}
