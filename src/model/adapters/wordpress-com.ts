/**
 * WordPress.com REST API v1.1 posts (`/rest/v1.1/sites/{site}/posts/{id}`): one post, or the
 * `{ "found", "posts": [...] }` answer, whose first post is the article and the others its
 * related articles. Unlike the core API (`wp/v2`), titles are strings, the author and the terms
 * come inline, and the featured image is `post_thumbnail`.
 */
import { isObject } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import type { Reading, SourcePaths } from '../reading.js';
import { firstPost, ownSummary, relatedPosts } from './posts.js';
import { absent, plain, someText, textOf } from './text.js';

export function mapWordPressCom(reading: Reading, input: unknown): Mapped {
  const { posts, post, list, at } = firstPost(reading, input, 'posts');
  const html = someText(post.content);
  const [category] = terms(post.categories).filter((term) => term.slug !== 'uncategorized');
  const author = isObject(post.author) && !absent(post.author.name) ? post.author : undefined;
  const paths: SourcePaths = {
    url: `${at}URL`,
    title: `${at}title`,
    dek: `${at}excerpt`,
    category: `${at}categories`,
    published: `${at}date`,
    updated: `${at}modified`,
    'authors[0]': `${at}author`,
    'authors[0].url': `${at}author.URL`,
    image: `${at}post_thumbnail`,
    'image.src': `${at}post_thumbnail.URL`,
    tags: `${at}tags`,
    body: `${at}content`,
  };
  return {
    input: {
      url: post.URL,
      title: plain(reading, post.title),
      dek: ownSummary(someText(plain(reading, post.excerpt)), html ? textOf(reading, html) : ''),
      category: category && { name: plain(reading, category.name) },
      published: post.date,
      updated: post.modified,
      // The author's own site, when they gave one.
      authors: author ? [{ name: author.name, url: someText(author.URL) }] : [],
      image: image(reading, post),
      tags: terms(post.tags).map((term) => plain(reading, term.name)),
      body: html,
      related: relatedPosts(posts, list, (item) => toItem(reading, item), { url: 'URL', published: 'date', image: 'post_thumbnail' }, paths),
    },
    paths,
  };
}

/** Categories and tags come as an object keyed by name. */
const terms = (value: unknown): Json[] =>
  isObject(value) ? Object.values(value).filter((term): term is Json => isObject(term) && !absent(term.name)) : [];

/** `post_thumbnail` with its size, its alt text from the post's attachments; else `featured_image`, a bare URL. */
function image(reading: Reading, post: Json): Json | undefined {
  const thumbnail = isObject(post.post_thumbnail) ? post.post_thumbnail : undefined;
  if (!thumbnail) return someText(post.featured_image) ? { src: post.featured_image } : undefined;
  const attachments = isObject(post.attachments) ? post.attachments : {};
  const attachment = attachments[String(thumbnail.ID)];
  return {
    src: thumbnail.URL,
    alt: isObject(attachment) ? attachment.alt : undefined,
    width: thumbnail.width,
    height: thumbnail.height,
    caption: isObject(attachment) ? plain(reading, someText(attachment.caption)) : undefined,
  };
}

const toItem = (reading: Reading, post: Json): Json => ({
  url: post.URL,
  title: plain(reading, post.title),
  summary: plain(reading, someText(post.excerpt)),
  published: post.date,
  image: image(reading, post),
});
