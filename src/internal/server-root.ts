/** Elements that arrive rendered by a server (`folio-embed/ssr`), with their shadow root filled. */
import type { LitElement } from 'lit';

/**
 * Makes `host`'s render root with `create` (its `super.createRenderRoot`). With Lit's hydration
 * support loaded (folio-hydrate.js, or an app's own), Lit takes a server-rendered root over as it
 * is. Without it, Lit would render a second copy beside the server's nodes: those are dropped, and
 * the element renders afresh.
 */
export function renderRootOf(host: LitElement, create: () => HTMLElement | DocumentFragment) {
  const served = host.shadowRoot ? [...host.shadowRoot.childNodes] : [];
  const root = create();
  // The hydration support returns the root untouched; Lit alone sets where to render in it.
  if (served.length && host.renderOptions.renderBefore !== undefined) {
    for (const node of served) node.remove();
    host.renderOptions.renderBefore = null;
  }
  return root;
}
