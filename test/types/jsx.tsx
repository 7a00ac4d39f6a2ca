/**
 * An app that uses the built JSX typings the way the README says (Preact, Solid, Stencil…), by the
 * package's own names, so `exports` is checked too. Each `@ts-expect-error` must meet an error: if
 * the event details were `any` (or `never`, as before they were typed), this file fails to compile.
 */
import type { CustomElements } from 'folio-embed/jsx';
import type {
  FolioAdVisibleDetail,
  FolioErrorDetail,
  FolioLoadDetail,
  FolioNavigateDetail,
  FolioShareDetail,
  FolioWarningDetail,
} from 'folio-embed';

declare global {
  namespace JSX {
    interface Element {}
    interface IntrinsicElements extends CustomElements {}
  }
}

const track = (...values: unknown[]) => values;

export const inline = [
  <folio-article
    src="/articles/42.json"
    onfolio-load={(event) => {
      track(event.detail.article.title satisfies string);
      // @ts-expect-error not in the `folio-load` detail
      track(event.detail.nope);
    }}
    onfolio-error={(event) => track(event.detail.message satisfies string, event.detail.path)}
    onfolio-ad-visible={(event) => track(event.detail.id satisfies string)}
    onfolio-warning={(event) => track(event.detail.warnings[0].path satisfies string)}
    // Its share bar's and carousel's events bubble out of it.
    onfolio-share={(event) => track(event.detail.network)}
    onfolio-navigate={(event) => track(event.detail.item.url satisfies string)}
  />,
  <folio-share-bar
    onfolio-share={(event) => {
      track(event.detail.network, event.detail.url satisfies string);
      event.preventDefault();
    }}
    onfolio-error={(event) => track(event.detail.message)}
  />,
  <folio-related
    onfolio-navigate={(event) => track(event.detail.item.url satisfies string)}
    onfolio-error={(event) => track(event.detail.path)}
  />,
];

// Handlers written apart, with the detail types from the package's main entry.
const onLoad = (event: CustomEvent<FolioLoadDetail>) => track(event.detail.article.title);
const onError = (event: CustomEvent<FolioErrorDetail>) => track(event.detail.cause);
const onAd = (event: CustomEvent<FolioAdVisibleDetail>) => track(event.detail.id);
const onShare = (event: CustomEvent<FolioShareDetail>) => track(event.detail.network);
const onNavigate = (event: CustomEvent<FolioNavigateDetail>) => track(event.detail.url);
const onWarning = (event: CustomEvent<FolioWarningDetail>) =>
  track(event.detail.warnings.map(({ message }) => message));

export const apart = [
  <folio-article onfolio-load={onLoad} onfolio-error={onError} onfolio-ad-visible={onAd} />,
  <folio-share-bar onfolio-share={onShare} onfolio-error={onError} onfolio-warning={onWarning} />,
  <folio-related onfolio-navigate={onNavigate} onfolio-error={onError} onfolio-warning={onWarning} />,
];

// A handler for another event's detail is refused.
export const wrong = [
  // @ts-expect-error a share detail is not a load detail
  <folio-article onfolio-load={onShare} />,
  // @ts-expect-error a load detail is not an ad detail
  <folio-article onfolio-ad-visible={onLoad} />,
  // @ts-expect-error a navigate detail is not a share detail
  <folio-share-bar onfolio-share={onNavigate} />,
  // @ts-expect-error an error detail is not a navigate detail
  <folio-related onfolio-navigate={onError} />,
  // @ts-expect-error a warning detail is not an error detail
  <folio-article onfolio-error={onWarning} />,
];

// The same types reach `addEventListener` through the elements' `GlobalEventHandlersEventMap`.
document.querySelector('folio-article')?.addEventListener('folio-load', onLoad);
document.querySelector('folio-related')?.addEventListener('folio-navigate', (event) => {
  track(event.detail.item.title);
  // @ts-expect-error not in the `folio-navigate` detail
  track(event.detail.nope);
});
