/** The npm entry: every element defined, plus the article model and its normalizer. */
import './article/define.js';
import './share-bar/define.js';
import './related/define.js';

export { FolioArticle } from './article/folio-article.js';
export type { HideablePart, FolioLoadDetail, FolioAdVisibleDetail } from './article/folio-article.js';
export { FolioShareBar } from './share-bar/folio-share-bar.js';
export type { FolioShareDetail } from './share-bar/folio-share-bar.js';
export { FolioRelated } from './related/folio-related.js';
export type { FolioNavigateDetail } from './related/folio-related.js';
export { normalizeArticle } from './model/normalize.js';
// The format adapters, for apps that know their format or want a feed's items as related articles.
export {
  isJsonFeed,
  isJsonFeedItem,
  jsonFeedToArticle,
  jsonFeedToRelated,
} from './model/adapters/json-feed.js';
export { isWordPressPost, wordPressToArticle } from './model/adapters/wordpress.js';
export { isJsonLd, jsonLdToArticle } from './model/adapters/json-ld.js';
export { toNewsArticle } from './article/json-ld.js';
export { FolioInputError } from './model/errors.js';
// JSON with errors that give a line and column in every browser (the demo's editor marks the line).
export { parseJson, JsonSyntaxError } from './internal/json.js';
export type * from './model/article.js';
export type { FolioErrorDetail } from './internal/events.js';
