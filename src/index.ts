/** The npm entry: every element defined, plus the article model (`folio-embed/model`). */
import './article/define.js';
import './share-bar/define.js';
import './related/define.js';

export { FolioArticle } from './article/folio-article.js';
export type { HideablePart, FolioLoadDetail } from './article/folio-article.js';
export type { FolioAdVisibleDetail } from './article/ad-visibility.js';
export { FolioShareBar } from './share-bar/folio-share-bar.js';
export type { FolioShareDetail } from './share-bar/folio-share-bar.js';
export { FolioRelated } from './related/folio-related.js';
export type { FolioNavigateDetail } from './related/folio-related.js';
export * from './model/index.js';
// JSON with errors that give a line and column in every browser (the demo's editor marks the line).
export { parseJson, JsonSyntaxError } from './internal/json-errors.js';
export type { FolioErrorDetail, FolioWarningDetail } from './internal/events.js';
// A page's own languages, or its own wording of Folio's.
export { registerTranslation } from './internal/translations.js';
export type { Translation, TranslationInput } from './internal/translations.js';
