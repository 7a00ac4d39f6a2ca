/**
 * Ghost Content API posts and pages (https://ghost.org/docs/content-api/): one post, or the
 * `{ "posts": [...] }` answer, whose first post is the article and the others its related
 * articles. `include=authors,tags` adds the byline and the tags.
 */
import { isObject } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import type { Reading, SourcePaths } from '../reading.js';
import { firstPost, relatedPosts } from './posts.js';
import { absent, plain, someText } from './text.js';

export function mapGhost(reading: Reading, input: unknown): Mapped {
  const key = isObject(input) && Array.isArray(input.pages) && !Array.isArray(input.posts) ? 'pages' : 'posts';
  const { posts, post, list, at } = firstPost(reading, input, key);
  const html = someText(post.html);
  const paths: SourcePaths = {
    url: `${at}url`,
    title: `${at}title`,
    dek: `${at}custom_excerpt`,
    category: `${at}primary_tag`,
    published: `${at}published_at`,
    updated: `${at}updated_at`,
    image: `${at}feature_image`,
    'image.src': `${at}feature_image`,
    'image.alt': `${at}feature_image_alt`,
    'image.caption': `${at}feature_image_caption`,
    tags: `${at}tags`,
    body: `${at}html`,
  };
  const tags = Array.isArray(post.tags) ? post.tags.filter(isPublicTag) : [];
  return {
    input: {
      url: post.url,
      title: post.title,
      dek: post.custom_excerpt,
      category: isPublicTag(post.primary_tag) ? { name: post.primary_tag.name, url: post.primary_tag.url } : undefined,
      published: post.published_at,
      updated: post.updated_at,
      authors: authors(post, at, paths),
      image: image(reading, post),
      tags: tags.map((tag) => tag.name),
      body: html,
      // A members' post read without access: Ghost sends the free preview, if any, and `access: false`.
      locked: post.access === false || undefined,
      related: relatedPosts(posts, list, toItem, { url: 'url', summary: 'custom_excerpt', published: 'published_at', image: 'feature_image' }, paths),
    },
    paths,
  };
}

/** Ghost's internal tags (`#hash`) organise the site; readers never see them. */
const isPublicTag = (tag: unknown): tag is Json => isObject(tag) && !absent(tag.name) && tag.visibility !== 'internal';

function authors(post: Json, at: string, paths: SourcePaths): unknown[] {
  const people = Array.isArray(post.authors) ? post.authors : post.primary_author ? [post.primary_author] : [];
  const key = Array.isArray(post.authors) ? 'authors' : 'primary_author';
  const found: Json[] = [];
  people.forEach((person, i) => {
    if (!isObject(person) || absent(person.name)) return;
    paths[`authors[${found.length}]`] = Array.isArray(post.authors) ? `${at}${key}[${i}]` : `${at}${key}`;
    found.push({ name: person.name, url: person.url });
  });
  return found;
}

function image(reading: Reading, post: Json): Json | undefined {
  if (absent(post.feature_image)) return undefined;
  // The caption is HTML (it may hold the photographer's link).
  return { src: post.feature_image, alt: post.feature_image_alt, caption: plain(reading, post.feature_image_caption) };
}

const toItem = (post: Json): Json => ({
  url: post.url,
  title: post.title,
  summary: someText(post.custom_excerpt) ?? someText(post.excerpt),
  published: post.published_at,
  image: absent(post.feature_image) ? undefined : { src: post.feature_image, alt: post.feature_image_alt },
});
