/**
 * Forem articles (dev.to and every other Forem: https://developers.forem.com/api/v1), as
 * `/api/articles/{id}` answers them; a list (`/api/articles`) gives its first article, whose body
 * a list leaves out, and the others as related articles.
 */
import { isObject } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import type { Reading, SourcePaths } from '../reading.js';
import { firstPost, ownSummary, relatedPosts } from './posts.js';
import { absent, someText, textOf } from './text.js';

export function mapForem(reading: Reading, input: unknown): Mapped {
  const { posts: articles, post: article, list, at } = firstPost(reading, input);
  const html = someText(article.body_html);
  const user = isObject(article.user) && !absent(article.user.name) ? article.user : undefined;
  const paths: SourcePaths = {
    url: `${at}url`,
    title: `${at}title`,
    dek: `${at}description`,
    published: `${at}published_at`,
    updated: `${at}edited_at`,
    'authors[0]': `${at}user`,
    image: `${at}cover_image`,
    tags: `${at}${Array.isArray(article.tags) ? 'tags' : 'tag_list'}`,
    body: `${at}body_html`,
  };
  return {
    input: {
      url: article.url,
      title: article.title,
      // Forem fills a missing description with the opening of the text.
      dek: ownSummary(someText(article.description), html ? textOf(reading, html) : ''),
      published: article.published_at,
      updated: article.edited_at,
      authors: user ? [{ name: user.name, url: profile(article, user) }] : [],
      image: absent(article.cover_image) ? undefined : { src: article.cover_image, alt: '' },
      // The single article has `tags` as a list and `tag_list` as a string; a list swaps them.
      tags: Array.isArray(article.tags) ? article.tags : article.tag_list,
      body: html,
      related: relatedPosts(articles, list, toItem, { url: 'url', summary: 'description', published: 'published_at' }, paths),
    },
    paths,
  };
}

/** The author's page on the same Forem: its address and their username. */
function profile(article: Json, user: Json): string | undefined {
  const username = someText(user.username);
  if (!username || typeof article.url !== 'string') return undefined;
  try {
    return new URL(`/${encodeURIComponent(username)}`, article.url).href;
  } catch {
    return undefined;
  }
}

const toItem = (article: Json): Json => ({
  url: article.url,
  title: article.title,
  summary: article.description,
  published: article.published_at,
  image: absent(article.cover_image) ? undefined : { src: article.cover_image, alt: '' },
});
