/** Defines `<folio-share-bar>` (and nothing else). */
import { define } from '../internal/define.js';
import { FolioShareBar } from './folio-share-bar.js';

define('folio-share-bar', FolioShareBar);

export { FolioShareBar };
