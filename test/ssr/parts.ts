/**
 * The parts of `<folio-article>` that show the input's plain text (and a paragraph, which is HTML),
 * as a reader sees them: for the server's page read in Node (test/node/ssr.test.js) and in browsers
 * (hydration.test.ts), with test/fixtures/ssr/references.json.
 */
const PARTS = {
  title: 'h1',
  dek: '[part=dek]',
  category: '[part=category]',
  authors: '.authors',
  caption: '[part=header] ~ figure figcaption',
  heading: '[part=body] h2',
  paragraph: '[part=body] p',
  cite: '[part=body] blockquote ~ figcaption',
};

const text = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** The text of each part in the article's shadow tree, and of the first card's title in the carousel's. */
export const partTexts = (article: ParentNode, carousel: ParentNode) => ({
  ...(Object.fromEntries(
    Object.entries(PARTS).map(([part, selector]) => [part, text(article, selector)]),
  ) as Record<keyof typeof PARTS, string | undefined>),
  related: text(carousel, '[part=title]'),
});
