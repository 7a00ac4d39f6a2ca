/** Defines `<folio-related>` (and nothing else). */
import { define } from '../internal/define.js';
import { FolioRelated } from './folio-related.js';

define('folio-related', FolioRelated);

export { FolioRelated };
