/** Defines `<folio-article>` (and nothing else). */
import { FolioArticle } from './folio-article.js';

FolioArticle.define('folio-article');

export { FolioArticle };
