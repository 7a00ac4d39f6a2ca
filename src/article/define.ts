/** Defines `<folio-article>` (and nothing else). */
import { define } from '../internal/define.js';
import { FolioArticle } from './folio-article.js';

define('folio-article', FolioArticle);

export { FolioArticle };
