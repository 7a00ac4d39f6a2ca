/**
 * Arc XP ANS stories (the Arc Native Specification, github.com/washingtonpost/ans-schema): the
 * headline, credits, dates, promo image and taxonomy, and the body's `content_elements` as blocks.
 * Embeds become links to what they embed; elements with nothing to read (ratings, references to
 * other documents) are left out with a warning.
 */
import type { Block } from '../article.js';
import { isObject, object } from '../fields.js';
import type { Json } from '../fields.js';
import type { Mapped } from '../read-article.js';
import { warn } from '../reading.js';
import type { Reading, SourcePaths } from '../reading.js';
import { absent, escapeHtml, plain, someText } from './text.js';

/** The `basic` variant of a field ANS gives per outlet (`headlines.basic`). */
const basic = (value: unknown): unknown => (isObject(value) ? value.basic : undefined);

export function mapAns(reading: Reading, input: unknown): Mapped {
  const story = object(reading, input, 'story');
  const title = basic(story.headlines);
  const subheadline = someText(basic(story.subheadlines)) ?? someText(basic(story.description));
  const taxonomy = isObject(story.taxonomy) ? story.taxonomy : {};
  const section = [taxonomy.primary_section, ...(Array.isArray(taxonomy.sections) ? taxonomy.sections : [])].find(
    (value): value is Json => isObject(value) && !absent(value.name),
  );
  const paths: SourcePaths = {
    url: `${story.canonical_url != null ? 'canonical_url' : 'website_url'}`,
    title: 'headlines.basic',
    dek: story.subheadlines != null ? 'subheadlines.basic' : 'description.basic',
    category: 'taxonomy.primary_section',
    published: story.display_date != null ? 'display_date' : 'first_publish_date',
    updated: 'last_updated_date',
    authors: 'credits.by',
    image: 'promo_items.basic',
    'image.src': 'promo_items.basic.url',
    lang: 'language',
    tags: 'taxonomy.tags',
    body: 'content_elements',
  };
  return {
    input: {
      url: story.canonical_url ?? story.website_url,
      title,
      dek: subheadline === someText(title) ? undefined : subheadline,
      category: section && { name: section.name },
      published: story.display_date ?? story.first_publish_date ?? story.publish_date,
      updated: story.last_updated_date,
      authors: credits(story.credits),
      image: image(reading, basic(story.promo_items)),
      lang: story.language,
      tags: (Array.isArray(taxonomy.tags) ? taxonomy.tags : []).flatMap((tag) => (isObject(tag) ? (someText(tag.text) ?? []) : [])),
      body: elements(reading, story.content_elements, 'content_elements', paths),
    },
    paths,
  };
}

/** `credits.by`: authors by name, with their page when ANS gives one. */
const credits = (value: unknown): Json[] =>
  (isObject(value) && Array.isArray(value.by) ? value.by : []).flatMap((person) =>
    isObject(person) && !absent(person.name) ? [{ name: person.name, url: someText(person.url) }] : [],
  );

/** An ANS image: its URL, alt text, size, caption and the photographer's credit. */
function image(reading: Reading, value: unknown): Json | undefined {
  if (!isObject(value) || value.type !== 'image' || absent(value.url)) return undefined;
  const [credit] = credits(value.credits);
  return {
    src: value.url,
    alt: value.alt_text,
    width: value.width,
    height: value.height,
    caption: plain(reading, value.caption),
    credit: credit?.name,
  };
}

/** `content_elements` as blocks, each named in `paths` by the element it came from. */
function elements(reading: Reading, value: unknown, at: string, paths: SourcePaths, blocks: Block[] = []): Block[] {
  (Array.isArray(value) ? value : []).forEach((element, i) => {
    const path = `${at}[${i}]`;
    if (isObject(element) && element.type === 'element_group') return void elements(reading, element.content_elements, `${path}.content_elements`, paths, blocks);
    const block = isObject(element) ? toBlock(reading, element) : undefined;
    if (block === undefined) return void warn(reading, path, `${isObject(element) ? `(${JSON.stringify(element.type)}) ` : ''}is not shown: Folio shows text, headers, images, lists, quotes, raw HTML, videos and embeds (as links).`);
    if (block === null) return;
    paths[`body[${blocks.length}]`] = path;
    blocks.push(block);
  });
  return blocks;
}

/** The block an element becomes; `null` for an element with nothing in it, `undefined` for one Folio does not show. */
function toBlock(reading: Reading, element: Json): Block | null | undefined {
  const content = someText(element.content);
  switch (element.type) {
    case 'text':
      return content ? { type: 'paragraph', html: content } : null;
    case 'header':
      return content ? { type: 'heading', text: String(plain(reading, content) ?? ''), level: Number(element.level) === 3 ? 3 : Number(element.level) >= 4 ? 4 : 2 } : null;
    case 'image':
      return absent(element.url) ? null : ({ type: 'image', ...image(reading, element) } as Block);
    case 'list': {
      const items = (Array.isArray(element.items) ? element.items : []).flatMap((item) => (isObject(item) && someText(item.content)) || []);
      return items.length ? { type: 'list', ordered: element.list_type === 'ordered', items } : null;
    }
    case 'quote': {
      const texts = (Array.isArray(element.content_elements) ? element.content_elements : []).flatMap((item) => (isObject(item) && someText(item.content)) || []);
      const cite = isObject(element.citation) ? someText(element.citation.content) : undefined;
      return texts.length ? { type: 'quote', html: texts.map((text) => `<p>${text}</p>`).join(''), cite: cite && String(plain(reading, cite)) } : null;
    }
    case 'blockquote':
      return content ? { type: 'quote', html: content } : null;
    case 'raw_html':
      return content ? { type: 'html', html: content } : null;
    case 'code':
      return content ? { type: 'html', html: `<pre><code>${escapeHtml(content)}</code></pre>` } : null;
    case 'divider':
      return { type: 'html', html: '<hr>' };
    case 'correction':
      return someText(element.text) ? { type: 'paragraph', html: `<em>${escapeHtml(someText(element.text)!)}</em>` } : null;
    case 'interstitial_link':
      return link(element.url, content);
    case 'link_list': {
      const items = (Array.isArray(element.items) ? element.items : []).flatMap((item) =>
        isObject(item) && !absent(item.url) ? [anchor(item.url, someText(item.content))] : [],
      );
      return items.length ? { type: 'list', ordered: false, items } : null;
    }
    case 'oembed_response': {
      const oembed = isObject(element.raw_oembed) ? element.raw_oembed : {};
      const referent = isObject(element.referent) ? element.referent : {};
      const url = someText(oembed.url) ?? someText(referent.id);
      const name = someText(oembed.title) ?? someText(oembed.provider_name);
      return url ? link(url, name && escapeHtml(name)) : null;
    }
    case 'video':
      return video(element);
    default:
      return undefined;
  }
}

/** A video's MP4 stream as a media block; one with only streams a browser cannot play natively, a link to its page. */
function video(element: Json): Block | null {
  const streams = (Array.isArray(element.streams) ? element.streams : []).filter(isObject);
  const mp4 = streams.find((stream) => stream.stream_type === 'mp4' && !absent(stream.url));
  const title = someText(basic(element.headlines));
  if (mp4) return { type: 'media', kind: 'video', src: String(mp4.url), mime: 'video/mp4', title };
  const page = someText(element.canonical_url);
  return page ? link(page, title && escapeHtml(title)) : null;
}

/**
 * A link as HTML, named by `content` (HTML, as ANS text is) or else its address; the sanitizer
 * passes its URL through the URL guard as any link's.
 */
function anchor(href: unknown, content: string | undefined): string {
  const url = escapeHtml(String(href)).replace(/"/g, '&quot;');
  return `<a href="${url}">${content ?? url}</a>`;
}

const link = (href: unknown, content: string | undefined): Block | null =>
  absent(href) ? null : { type: 'paragraph', html: anchor(href, content) };
