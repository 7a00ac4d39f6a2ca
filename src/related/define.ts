/** Defines `<folio-related>` (and nothing else). */
import { FolioRelated } from './folio-related.js';

FolioRelated.define('folio-related');

export { FolioRelated };
