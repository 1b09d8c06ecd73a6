// The inverted index: integer term ids, postings in flat typed arrays (compressed-sparse-row layout),
// and paragraph-side weights already divided by the paragraph norm, so that ranking a question is
// a sum over the postings of its few terms and never a scan of every paragraph.
import type { CorpusDocument, Paragraph } from '../document/types.js';
import { analyzeText } from '../text/analyze.js';
import { DEFAULT_SCORING, dampTermFrequency, type ScoringOptions } from './score.js';

export interface IndexedParagraph {
  readonly paragraph: Paragraph;
  readonly document: CorpusDocument;
}

export interface SearchIndex {
  readonly documents: readonly CorpusDocument[];
  /** Only paragraphs that are not furniture; a posting's paragraph number indexes this array. */
  readonly paragraphs: readonly IndexedParagraph[];
  readonly termIds: ReadonlyMap<string, number>;
  /** Paragraphs containing each term (document frequency), by term id. */
  readonly documentFrequency: Uint32Array;
  /** Postings of term t are positions postingStart[t] .. postingStart[t + 1] - 1. */
  readonly postingStart: Uint32Array;
  readonly postingParagraph: Uint32Array;
  /** wp(t, p) of score.ts, already length-normalised. */
  readonly postingWeight: Float32Array;
  /** Surface words (normalised, unstemmed) and how often each occurs: the spelling dictionary. */
  readonly wordFrequency: ReadonlyMap<string, number>;
  readonly scoring: ScoringOptions;
}

export interface BuildIndexOptions {
  readonly scoring?: ScoringOptions;
}

export function buildIndex(documents: readonly CorpusDocument[], options: BuildIndexOptions = {}): SearchIndex {
  const scoring = options.scoring ?? DEFAULT_SCORING;
  const paragraphs: IndexedParagraph[] = [];
  const termIds = new Map<string, number>();
  const wordFrequency = new Map<string, number>();
  // Per paragraph: its distinct term ids and their counts, gathered in one pass.
  const paragraphTerms: Uint32Array[] = [];
  const paragraphCounts: Uint16Array[] = [];
  let postingCount = 0;

  for (const document of documents) {
    for (const paragraph of document.paragraphs) {
      if (paragraph.excluded) continue;
      const counts = new Map<number, number>();
      for (const token of analyzeText(paragraph.text)) {
        let id = termIds.get(token.term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(token.term, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
        wordFrequency.set(token.word, (wordFrequency.get(token.word) ?? 0) + 1);
      }
      paragraphs.push({ paragraph, document });
      paragraphTerms.push(Uint32Array.from(counts.keys()));
      paragraphCounts.push(Uint16Array.from(counts.values(), (count) => Math.min(count, 0xffff)));
      postingCount += counts.size;
    }
  }

  const termCount = termIds.size;
  const documentFrequency = new Uint32Array(termCount);
  for (const terms of paragraphTerms)
    for (const term of terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;

  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t += 1) postingStart[t + 1] = (postingStart[t] ?? 0) + (documentFrequency[t] ?? 0);
  const fill = postingStart.slice(0, termCount);
  const postingParagraph = new Uint32Array(postingCount);
  const postingWeight = new Float32Array(postingCount);

  for (let p = 0; p < paragraphTerms.length; p += 1) {
    const terms = paragraphTerms[p] ?? new Uint32Array();
    const counts = paragraphCounts[p] ?? new Uint16Array();
    let squares = 0;
    for (const count of counts) squares += dampTermFrequency(count, scoring) ** 2;
    const norm = Math.sqrt(squares) || 1;
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i] ?? 0;
      const slot = fill[term] ?? 0;
      fill[term] = slot + 1;
      postingParagraph[slot] = p;
      postingWeight[slot] = dampTermFrequency(counts[i] ?? 0, scoring) / norm;
    }
  }

  return {
    documents,
    paragraphs,
    termIds,
    documentFrequency,
    postingStart,
    postingParagraph,
    postingWeight,
    wordFrequency,
    scoring,
  };
}
