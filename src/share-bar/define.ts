/** Defines `<folio-share-bar>` (and nothing else). */
import { FolioShareBar } from './folio-share-bar.js';

FolioShareBar.define('folio-share-bar');

export { FolioShareBar };
