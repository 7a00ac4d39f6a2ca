/**
 * WordPress REST API posts (`/wp-json/wp/v2/posts`), one post or a list, with or without
 * `?_embed`. Titles, excerpts and content arrive as rendered HTML; `_embedded` adds the author,
 * the featured image and the terms. A list's first post is the article, the others its related
 * articles (`/wp/v2/posts?slug=…` answers with a list).
 */
import { isObject, object } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import type { Reading, SourcePaths } from '../reading.js';
import { endFinder } from '../html-text.js';
import { absent, excerpt, plain, someText, textOf } from './text.js';

export function mapWordPress(reading: Reading, input: unknown): Mapped {
  const many = Array.isArray(input);
  const posts = many ? input : [input];
  const at = many ? '[0].' : '';
  const post = object(reading, posts[0], many ? '[0]' : 'post');
  const html = someText(rendered(post.content));
  const content = html ? textOf(reading, html) : '';
  const summary = excerptOf(reading, post, content);
  const embedded = isObject(post._embedded) ? post._embedded : {};
  const terms = termsOf(reading, embedded, `${at}_embedded`);
  // A post without a title (or with a broken one) is named by its opening words.
  const title = someText(plain(reading, rendered(post.title))) ?? excerpt(summary ?? content, 80) ?? rendered(post.title);
  const paths: SourcePaths = {
    url: `${at}link`,
    title: `${at}title.rendered`,
    dek: `${at}excerpt.rendered`,
    published: `${at}${post.date_gmt != null ? 'date_gmt' : 'date'}`,
    updated: `${at}${post.modified_gmt != null ? 'modified_gmt' : 'modified'}`,
    ...imagePaths('image', `${at}_embedded.wp:featuredmedia[0]`),
    lang: `${at}lang`,
    body: `${at}content.rendered`,
    ...terms.paths,
  };
  return {
    input: {
      url: post.link,
      title,
      dek: summary === title ? undefined : summary,
      category: terms.category,
      published: gmt(post.date_gmt) ?? post.date,
      updated: gmt(post.modified_gmt) ?? post.modified,
      authors: authorsOf(embedded, `${at}_embedded`, paths),
      image: featuredImage(reading, embedded),
      // Polylang and WPML add the post's language as `lang`.
      lang: post.lang,
      tags: terms.tags,
      body: html,
      // Without the password WordPress sends the content empty and marks it protected: the article
      // shows its own notice, in the article's language, with a link to the post.
      locked: !html && isObject(post.content) && post.content.protected === true,
      related: related(reading, posts, paths),
    },
    paths,
  };
}

/** The HTML of a `{ rendered }` field; other values pass through for `readArticle` to report. */
const rendered = (value: unknown): unknown => (isObject(value) ? value.rendered : value);

/** Start tags of the elements WordPress's "Continue reading" tails are made of, read up to the next `<` or `>`. */
const TAIL_START = /<(a|span)\b([^<>]*)>/gi;
const MORE_LINK = /\bclass="[^"]*\bmore-link\b/i;
const SCREEN_READER_TEXT = /\bclass="[^"]*\bscreen-reader-text\b/i;
const SPAN_TEXT = /[^<]*<\/span>/iy;

/**
 * `html` without WordPress's "Continue reading" tails: the more-link (with its screen-reader text)
 * and a lone screen-reader text. One pass; each search for an end tag starts where the last ended.
 */
function withoutTails(html: string): string {
  const endOf = endFinder(html);
  let text = '';
  let kept = 0;
  for (const { 0: tag, 1: name, 2: attributes, index } of html.matchAll(TAIL_START)) {
    if (index < kept) continue;
    const after = index + tag.length;
    SPAN_TEXT.lastIndex = after;
    const end =
      name.toLowerCase() === 'a'
        ? MORE_LINK.test(attributes) && endOf(/<\/a>/gi, after)
        : SCREEN_READER_TEXT.test(attributes) && SPAN_TEXT.test(html) && SPAN_TEXT.lastIndex;
    if (!end) continue;
    text += html.slice(kept, index);
    kept = end;
  }
  return text + html.slice(kept);
}

/**
 * The excerpt as a dek, without WordPress's "[…]" and "Continue reading" tails. An excerpt
 * WordPress cut from the content itself would only repeat the first paragraph, so it is left out.
 */
function excerptOf(reading: Reading, post: Json, content: string): string | undefined {
  const html = someText(rendered(post.excerpt));
  if (!html) return undefined;
  const summary = textOf(reading, withoutTails(html))
    .replace(/\s*\[(?:…|\.\.\.)\]$/, '…')
    .replace(/([.!?])…$/, '$1');
  const opening = summary.replace(/…$/, '');
  return summary && !content.startsWith(opening) ? summary : undefined;
}

/** WordPress's `*_gmt` dates are UTC but say so nowhere. */
function gmt(value: unknown): unknown {
  const utc = someText(value);
  if (!utc) return typeof value === 'string' ? undefined : value;
  return /^\d{4}-\d\d-\d\dT[\d:.]+$/.test(utc) ? `${utc}Z` : utc;
}

/** Embedded users; one the site keeps private arrives as an error object without a name. */
function authorsOf(embedded: Json, at: string, paths: SourcePaths): unknown[] {
  const users = Array.isArray(embedded.author) ? embedded.author : [];
  const found: unknown[] = [];
  users.forEach((user, i) => {
    if (isObject(user) && absent(user.name)) return;
    const path = `authors[${found.length}]`;
    paths[path] = `${at}.author[${i}]`;
    paths[`${path}.url`] = `${at}.author[${i}].link`;
    found.push(isObject(user) ? { name: user.name, url: user.link } : user);
  });
  return found;
}

/** The featured image at the "large" size (about 1024px), which fits the text column. */
function featuredImage(reading: Reading, embedded: Json): unknown {
  const [media] = Array.isArray(embedded['wp:featuredmedia']) ? embedded['wp:featuredmedia'] : [];
  if (!isObject(media)) return media;
  const details = isObject(media.media_details) ? media.media_details : {};
  const sizes = isObject(details.sizes) ? details.sizes : {};
  const size = [sizes.large, sizes.full].find(isObject) ?? { source_url: media.source_url, ...details };
  if (!someText(size.source_url)) return undefined;
  return {
    src: size.source_url,
    alt: media.alt_text,
    width: size.width,
    height: size.height,
    caption: plain(reading, rendered(media.caption)),
  };
}

/** Where the fields of a featured image come from. */
const imagePaths = (path: string, media: string): SourcePaths => ({
  [path]: media,
  [`${path}.src`]: `${media}.source_url`,
  [`${path}.alt`]: `${media}.alt_text`,
  [`${path}.width`]: `${media}.media_details.width`,
  [`${path}.height`]: `${media}.media_details.height`,
  [`${path}.caption`]: `${media}.caption.rendered`,
});

/** The first real category (not "Uncategorized") and the tags, from `wp:term`. */
function termsOf(reading: Reading, embedded: Json, at: string) {
  const groups = Array.isArray(embedded['wp:term']) ? embedded['wp:term'] : [];
  const terms = groups.flat().filter(isObject);
  const named = (taxonomy: string) =>
    terms.filter((term) => term.taxonomy === taxonomy && !absent(term.name));
  const [category] = named('category').filter((term) => term.slug !== 'uncategorized');
  return {
    category: category && { name: plain(reading, category.name), url: category.link },
    tags: named('post_tag').map((term) => plain(reading, term.name)),
    paths: { category: `${at}.wp:term`, 'category.url': `${at}.wp:term.link`, tags: `${at}.wp:term` },
  };
}

/** The other posts of a list, as related articles; those without a link or any text are left out. */
function related(reading: Reading, posts: unknown[], paths: SourcePaths): unknown[] {
  const found: unknown[] = [];
  posts.slice(1).forEach((post, k) => {
    const at = `[${k + 1}]`;
    const title = isObject(post) ? plain(reading, rendered(post.title)) : undefined;
    const summary = isObject(post) ? excerptOf(reading, post, '') : undefined;
    if (isObject(post) && (absent(post.link) || (absent(title) && !summary))) return;
    const path = `related[${found.length}]`;
    paths[path] = at;
    if (!isObject(post)) return found.push(post);
    paths[`${path}.url`] = `${at}.link`;
    paths[`${path}.published`] = `${at}.${post.date_gmt != null ? 'date_gmt' : 'date'}`;
    Object.assign(paths, imagePaths(`${path}.image`, `${at}._embedded.wp:featuredmedia[0]`));
    found.push({
      url: post.link,
      title,
      summary,
      published: gmt(post.date_gmt) ?? post.date,
      image: featuredImage(reading, isObject(post._embedded) ? post._embedded : {}),
    });
  });
  return found;
}
