import { LitElement } from 'lit';

/** Skeleton: the full element is being built in its own issue. */
export class FolioRelated extends LitElement {}

declare global {
  interface HTMLElementTagNameMap {
    'folio-related': FolioRelated;
  }
}
