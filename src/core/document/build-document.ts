import type { CorpusDocument, DocumentMetadata, Paragraph } from './types.js';

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Paragraphs are separated by blank lines (lines holding only white space, NBSP included). A line ends in
 * LF, CRLF or a lone CR (old Mac files), so a CR-only file splits like any other.
 */
export function splitParagraphs(documentId: string, body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // `\r(?!\n)`: the CR of a CRLF is never a line end of its own, or every CRLF line break would split.
  const separator = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)\s*/gu;
  let cursor = 0;
  const pushSlice = (from: number, to: number): void => {
    const raw = body.slice(from, to);
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === '') return;
    const start = from + leading;
    const ordinal = paragraphs.length + 1;
    paragraphs.push({
      id: `${documentId}#${ordinal}`,
      documentId,
      ordinal,
      start,
      end: start + text.length,
      text,
      excluded: false,
    });
  };
  for (const match of body.matchAll(separator)) {
    pushSlice(cursor, match.index);
    cursor = match.index + match[0].length;
  }
  pushSlice(cursor, body.length);
  return paragraphs;
}

function matchesExclusion(paragraph: Paragraph, entry: string): boolean {
  return collapseWhitespace(paragraph.text).startsWith(collapseWhitespace(entry));
}

export type BuildDocumentResult =
  | { readonly kind: 'ok'; readonly document: CorpusDocument }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };

/** Splits the body, marks furniture, and refuses documents that would index nothing or exclude nothing. */
export function buildDocument(id: string, metadata: DocumentMetadata, body: string): BuildDocumentResult {
  const paragraphs = splitParagraphs(id, body);
  if (paragraphs.length === 0) return { kind: 'invalid', field: 'body', message: 'empty' };

  for (const [index, entry] of metadata.exclude.entries()) {
    if (!paragraphs.some((paragraph) => matchesExclusion(paragraph, entry))) {
      const shown = entry.length > 60 ? `${entry.slice(0, 57)}...` : entry;
      return { kind: 'invalid', field: `exclude[${index}]`, message: `matches no paragraph: "${shown}"` };
    }
  }
  // Most documents exclude nothing; then the paragraphs are already marked (excluded: false).
  const marked =
    metadata.exclude.length === 0
      ? paragraphs
      : paragraphs.map((paragraph) => ({
          ...paragraph,
          excluded: metadata.exclude.some((entry) => matchesExclusion(paragraph, entry)),
        }));
  if (marked.every((paragraph) => paragraph.excluded)) {
    return { kind: 'invalid', field: 'exclude', message: 'excludes every paragraph of the body' };
  }
  return { kind: 'ok', document: { ...metadata, id, body, paragraphs: marked } };
}
