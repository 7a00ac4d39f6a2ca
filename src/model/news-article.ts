/** The article as a schema.org `NewsArticle`, the JSON-LD search engines read. */
import type { Article, Block } from './article.js';
import { toText, withReading } from './reading.js';
import type { NormalizeOptions, Reading } from './reading.js';

/** The article as a schema.org `NewsArticle`, in the fields Google's article guidelines read. */
export function toNewsArticle(article: Article, options: Pick<NormalizeOptions, 'htmlToText'> = {}): Record<string, unknown> {
  const { image } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    url: article.url,
    mainEntityOfPage: article.url,
    image: image && {
      '@type': 'ImageObject',
      url: image.src,
      width: image.width,
      height: image.height,
      caption: image.caption,
    },
    datePublished: article.published,
    dateModified: article.updated,
    author: article.authors.map(({ name, url }) => ({ '@type': 'Person', name, url })),
    articleSection: article.category?.name,
    keywords: article.tags.length ? article.tags : undefined,
    inLanguage: article.lang,
    articleBody:
      withReading(options, (reading) => article.body.map((block) => blockText(reading, block)).filter(Boolean).join('\n\n')) ||
      undefined,
    // schema.org's paywall marking, which Google reads so that a locked article is not taken for cloaking.
    isAccessibleForFree: article.locked ? false : undefined,
  };
}

/** What a reader would read of a block; ads and images have no text of their own. */
function blockText(reading: Reading, block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.text;
    case 'list':
      return block.items.map((item) => toText(reading, item)).join('\n');
    case 'paragraph':
    case 'quote':
    case 'html':
      return toText(reading, block.html);
    default:
      return '';
  }
}
