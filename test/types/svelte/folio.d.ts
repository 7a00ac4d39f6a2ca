import type { CustomElements } from 'folio-embed/svelte';

declare global {
  namespace svelteHTML {
    interface IntrinsicElements extends CustomElements {}
  }
}
