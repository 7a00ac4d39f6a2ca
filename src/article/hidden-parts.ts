/** The `hide` attribute of `<folio-article>` (and the `hide` option of `renderArticle`), read one way. */

/** Parts of the article the `hide` attribute can leave out. */
export type HideablePart = 'share' | 'related' | 'image' | 'byline';

/** The parts named in a space-separated `hide` value; a removed attribute (`null`) or none hides nothing. */
export const hiddenParts = (hide: unknown): Set<HideablePart> =>
  new Set(
    String(hide ?? '')
      .split(/\s+/)
      .filter(Boolean) as HideablePart[],
  );
