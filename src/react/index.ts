/**
 * React wrappers for Folio's elements (`folio-embed/react`), made with `@lit/react`: element
 * properties are props, and every event an element fires is an `onFolio…` callback (the list is
 * generated from the elements' manifest: `events.ts`). Importing this module defines the elements.
 *
 * ```tsx
 * import { FolioArticle } from 'folio-embed/react';
 * <FolioArticle src="/articles/42.json" onFolioShare={(event) => track(event.detail.network)} />
 * ```
 */
import React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { FolioArticle as FolioArticleElement } from '../article/define.js';
import { FolioShareBar as FolioShareBarElement } from '../share-bar/define.js';
import { FolioRelated as FolioRelatedElement } from '../related/define.js';
import { EVENTS } from './events.js';

/** An element's event props, each typed with its detail from `GlobalEventHandlersEventMap`. */
const typed = <T extends Record<string, keyof GlobalEventHandlersEventMap>>(events: T) =>
  events as unknown as { [P in keyof T]: EventName<GlobalEventHandlersEventMap[T[P]]> };

/** `<folio-article>`; it also passes on the share and navigate events of the bar and carousel inside it. */
export const FolioArticle = createComponent({
  react: React,
  tagName: 'folio-article',
  elementClass: FolioArticleElement,
  events: typed(EVENTS['folio-article']),
});

/** `<folio-share-bar>`. */
export const FolioShareBar = createComponent({
  react: React,
  tagName: 'folio-share-bar',
  elementClass: FolioShareBarElement,
  events: typed(EVENTS['folio-share-bar']),
});

/** `<folio-related>`. */
export const FolioRelated = createComponent({
  react: React,
  tagName: 'folio-related',
  elementClass: FolioRelatedElement,
  events: typed(EVENTS['folio-related']),
});
