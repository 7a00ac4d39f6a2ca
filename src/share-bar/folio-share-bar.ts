import { LitElement } from 'lit';

/** Skeleton: the full element is being built in its own issue. */
export class FolioShareBar extends LitElement {}

declare global {
  interface HTMLElementTagNameMap {
    'folio-share-bar': FolioShareBar;
  }
}
