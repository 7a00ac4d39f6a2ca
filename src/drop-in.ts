/**
 * The drop-in bundle (`dist/folio.js`): importing it defines every element. It exports the
 * elements' classes and `registerTranslation` only: the model and the format readers stay out of
 * the file every page loads.
 */
import './article/define.js';
import './share-bar/define.js';
import './related/define.js';

export { FolioArticle } from './article/folio-article.js';
export { FolioShareBar } from './share-bar/folio-share-bar.js';
export { FolioRelated } from './related/folio-related.js';
export { registerTranslation } from './internal/translations.js';
