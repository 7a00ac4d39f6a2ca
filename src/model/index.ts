/**
 * `folio-embed/model`: the article model without a DOM, for servers, build steps and workers as
 * well as browsers. Reads every format Folio accepts into a canonical Folio Article.
 */
export { normalizeArticle, jsonFeedToArticle, wordPressToArticle, jsonLdToArticle } from './normalize.js';
export { isJsonFeed, isJsonFeedItem } from './adapters/json-feed.js';
export { isWordPressPost } from './adapters/wordpress.js';
export { isJsonLd } from './adapters/schema-org.js';
export { jsonFeedToRelated } from './related.js';
export { toNewsArticle } from './news-article.js';
export { FolioInputError } from './errors.js';
export type { FolioProblem } from './errors.js';
export type { FolioWarning, NormalizeOptions } from './reading.js';
export type * from './article.js';
