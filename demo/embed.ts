/** The markup a site pastes to show an article with a theme: the drop-in script, the CSS, the element. */

/** The drop-in bundle served beside the demo (`npm run build:demo` puts it there). */
export const BUNDLED_SCRIPT = new URL('folio.js', document.baseURI).href;

export interface EmbedOptions {
  /** Absolute URL of the drop-in bundle, `folio.js`. */
  script: string;
  /** The article JSON, printed inline so the snippet needs no other file. */
  article: unknown;
  /** The theme's CSS; left out when it has no declarations. */
  css?: string;
}

export function embedSnippet({ script, article, css }: EmbedOptions): string {
  // `<` only occurs inside JSON strings, where `\u003c` means the same: no `</script>` can end the block
  // early. Strings hold no raw line breaks either, so indenting the lines changes no value.
  const json = JSON.stringify(article, null, 2).replace(/</g, '\\u003c');
  return [
    `<script type="module" src="${script.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`,
    css ? `<style>\n${css}\n</style>` : '',
    '<folio-article>',
    '  <script type="application/json">',
    json.replace(/^/gm, '    '),
    '  </script>',
    '</folio-article>',
  ]
    .filter(Boolean)
    .join('\n');
}
