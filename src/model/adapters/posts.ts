/** What the readers of platforms that answer with a list of posts share: the others become related articles. */
import { isObject, object } from '../fields.js';
import type { Json } from '../fields.js';
import { fail } from '../reading.js';
import type { Reading, SourcePaths } from '../reading.js';
import { absent } from './text.js';

/**
 * The post of an answer that is one post or a list of them: a list itself (`key` undefined) or
 * under `key` (`{ "posts": [...] }`). `list` is the list's path, `at` the prefix of the post's
 * fields (`posts[0].`).
 */
export function firstPost(reading: Reading, input: unknown, key?: string): { posts: unknown[]; post: Json; list: string; at: string } {
  const found = key === undefined ? input : isObject(input) ? input[key] : undefined;
  if (!Array.isArray(found)) return { posts: [input], post: object(reading, input, 'post'), list: '', at: '' };
  const list = key ?? '';
  if (!found.length) fail(reading, list || '[]', 'is empty: the answer has no post to show');
  return { posts: found, post: object(reading, found[0], `${list}[0]`), list, at: `${list}[0].` };
}

/**
 * The posts after the first as related articles, each made by `toItem`; those with no link, or
 * neither a title nor a summary, are left out. `fields` names the source field of each item key,
 * so that a warning about `related[0].published` names `posts[1].published_at`.
 */
export function relatedPosts(
  posts: unknown[],
  at: string,
  toItem: (post: Json) => Json,
  fields: Record<string, string>,
  paths: SourcePaths,
): Json[] {
  const found: Json[] = [];
  posts.slice(1).forEach((post, k) => {
    if (!isObject(post)) return;
    const item = toItem(post);
    if (absent(item.url) || (absent(item.title) && absent(item.summary))) return;
    const path = `related[${found.length}]`;
    const source = `${at}[${k + 1}]`;
    paths[path] = source;
    for (const [key, field] of Object.entries(fields)) paths[`${path}.${key}`] = `${source}.${field}`;
    found.push(item);
  });
  return found;
}

/** A summary that only repeats the opening of the text (an excerpt cut from it) adds nothing: left out. */
export const ownSummary = (summary: string | undefined, text: string): string | undefined =>
  summary && !text.startsWith(summary.replace(/(?:…|\.\.\.|\[…\])$/, '').trim()) ? summary : undefined;
