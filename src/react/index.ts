/**
 * React wrappers for Folio's elements (`folio-embed/react`), made with `@lit/react`: element
 * properties are props, and Folio events are `onFolioLoad`-style callbacks. Importing this module
 * defines the elements.
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

/** A Folio event's name, typed with its detail from `GlobalEventHandlersEventMap`. */
const event = <K extends keyof GlobalEventHandlersEventMap>(name: K) =>
  name as EventName<GlobalEventHandlersEventMap[K]>;

const errorEvents = { onFolioError: event('folio-error'), onFolioWarning: event('folio-warning') };
const shareEvents = { onFolioShare: event('folio-share') };
const navigateEvents = { onFolioNavigate: event('folio-navigate') };

/** `<folio-article>`; it also passes on the share and navigate events of the bar and carousel inside it. */
export const FolioArticle = createComponent({
  react: React,
  tagName: 'folio-article',
  elementClass: FolioArticleElement,
  events: {
    onFolioLoad: event('folio-load'),
    onFolioAdVisible: event('folio-ad-visible'),
    ...errorEvents,
    ...shareEvents,
    ...navigateEvents,
  },
});

/** `<folio-share-bar>`. */
export const FolioShareBar = createComponent({
  react: React,
  tagName: 'folio-share-bar',
  elementClass: FolioShareBarElement,
  events: { ...shareEvents, ...errorEvents },
});

/** `<folio-related>`. */
export const FolioRelated = createComponent({
  react: React,
  tagName: 'folio-related',
  elementClass: FolioRelatedElement,
  events: { ...navigateEvents, ...errorEvents },
});
