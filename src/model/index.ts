/**
 * `folio-embed/model`: the article model without a DOM, for servers, build steps and workers as
 * well as browsers. Reads every format Folio accepts into a canonical Folio Article.
 */
export {
  normalizeArticle,
  jsonFeedToArticle,
  wordPressToArticle,
  jsonLdToArticle,
  ghostToArticle,
  wordPressComToArticle,
  foremToArticle,
  ansToArticle,
  appleNewsToArticle,
  jsonFeedToRelated,
} from './normalize.js';
export { normalizeArticleAsync } from './normalize-async.js';
export { formatName } from './read-document.js';
export { isJsonFeed, isJsonFeedItem, isWordPressPost, isJsonLd, isGhost, isWordPressCom, isForem, isAns, isAppleNews } from './formats.js';
export { toNewsArticle } from './news-article.js';
export { FolioInputError } from './errors.js';
export type { FolioProblem } from './errors.js';
export type { FolioWarning, NormalizeOptions } from './reading.js';
export type * from './article.js';
