// What an importer makes of a page or a file, before anything is written or stored. Every metadata field
// is what the source says, or null: nothing here guesses.

export interface ArticleMetadata {
  readonly outlet: string | null;
  readonly title: string | null;
  readonly author: string | null;
  readonly url: string | null;
  /** ISO date (YYYY-MM-DD) as the page states it. */
  readonly published: string | null;
}

export const EMPTY_METADATA: ArticleMetadata = { outlet: null, title: null, author: null, url: null, published: null };

/** A paragraph the importer proposes to mark as page furniture, with the reason a person reads. */
export interface ProposedFurniture {
  /** 1-based, as in paragraph ids (`<document-id>#<n>`). */
  readonly ordinal: number;
  readonly text: string;
  readonly reason: string;
}

export type ArticleFormat = 'html' | 'text' | 'corpus';

export interface ExtractedArticle {
  readonly format: ArticleFormat;
  readonly metadata: ArticleMetadata;
  /** The article text, one entry per paragraph, verbatim to the extracted text. */
  readonly paragraphs: readonly string[];
  readonly furniture: readonly ProposedFurniture[];
}

export type ExtractResult =
  | { readonly kind: 'ok'; readonly article: ExtractedArticle }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };
