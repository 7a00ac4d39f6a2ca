/** Defines `<folio-article>` (and nothing else). */
// DOMPurify first, in this bundle and in dist/folio.js (which starts here): imported later, it would
// sit between the model and the elements, and gzip, which looks back 32 kB, could not match their
// code across it (340 B more gzipped).
import '../internal/sanitize.js';
import { define } from '../internal/define.js';
import { FolioArticle } from './folio-article.js';

define('folio-article', FolioArticle);

export { FolioArticle };
