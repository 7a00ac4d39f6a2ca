/** Defines `<folio-related>` (and nothing else). */
// DOMPurify first, as in article/define.ts: Folio's own modules then sit together (270 B less gzipped).
import '../internal/sanitize.js';
import { define } from '../internal/define.js';
import { FolioRelated } from './folio-related.js';

define('folio-related', FolioRelated);

export { FolioRelated };
