/** What the front matter says about a document. `null` means the source names none: never invented. */
export interface DocumentMetadata {
  readonly outlet: string;
  readonly title: string;
  readonly author: string | null;
  readonly url: string | null;
  readonly published: string | null;
  /** Page furniture: each entry matches the paragraphs that begin with it (white space collapsed). */
  readonly exclude: readonly string[];
}

export interface Paragraph {
  /** `<document-id>#<n>`, n counting every paragraph of the body from 1, furniture included, so ids stay
   * stable when the exclude list changes. */
  readonly id: string;
  readonly documentId: string;
  readonly ordinal: number;
  /** Offsets into the document body: `body.slice(start, end) === text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly excluded: boolean;
}

export interface CorpusDocument extends DocumentMetadata {
  readonly id: string;
  readonly body: string;
  readonly paragraphs: readonly Paragraph[];
}
