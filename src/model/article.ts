/**
 * Folio Article v1: the JSON Folio renders. `normalizeArticle` returns this canonical form —
 * body as blocks, category as an object, every URL absolute and passed by the URL guard — which
 * is itself valid Folio Article JSON.
 */

export interface Article {
  /** Canonical URL: shared, and the base that relative links resolve against. */
  url?: string;
  title: string;
  /** Standfirst / subtitle, plain text. */
  dek?: string;
  category?: Category;
  /** ISO 8601 date or date-time. */
  published?: string;
  updated?: string;
  authors: Author[];
  image?: ArticleImage;
  /** BCP 47 tag; also sets the text direction. */
  lang?: string;
  tags: string[];
  body: Block[];
  /**
   * The source keeps the body from readers here (a password or a paywall): the article shows a
   * notice with a link to read it at its `url`. `true` or absent in the canonical form.
   */
  locked?: boolean;
  share?: ShareOptions;
  related: RelatedItem[];
}

export interface Category {
  name: string;
  url?: string;
}

export interface Author {
  name: string;
  url?: string;
}

export interface ArticleImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
}

export interface ShareOptions {
  networks?: string[];
  text?: string;
  hashtags?: string[];
}

export interface RelatedItem {
  url: string;
  title?: string;
  summary?: string;
  category?: string;
  published?: string;
  image?: { src: string; alt: string; width?: number; height?: number };
}

export type Block =
  | { type: 'paragraph'; html: string }
  | { type: 'heading'; text: string; level: 2 | 3 | 4 }
  | ({ type: 'image' } & ArticleImage)
  | { type: 'quote'; html: string; cite?: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'ad'; id: string }
  | { type: 'html'; html: string }
  | MediaBlock;

/** An audio or video file (a podcast's episode, a feed's attachment): a native player, and a link to the file. */
export interface MediaBlock {
  type: 'media';
  kind: 'audio' | 'video';
  src: string;
  /** The file's MIME type, such as `audio/mpeg`: a browser that cannot play it shows the link alone. */
  mime?: string;
  title?: string;
}

export type BlockType = Block['type'];
