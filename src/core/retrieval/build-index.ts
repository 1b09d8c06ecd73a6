// The inverted index: integer term ids, postings in flat typed arrays (compressed-sparse-row layout),
// and paragraph-side weights already divided by the paragraph norm, so that ranking a question is
// a sum over the postings of its few terms and never a scan of every paragraph.
import type { CorpusDocument, Paragraph } from '../document/types.js';
import { analyzeText } from '../text/analyze.js';
import {
  DEFAULT_SCORING,
  dampTermFrequency,
  type ParagraphStats,
  paragraphIdf,
  paragraphTermWeight,
  type ScoringOptions,
} from './score.js';

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
  /** wp(t, p) of score.ts, already length-normalised (cosine, pivoted or BM25). */
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
  // Float: a paragraph's share of its document's title counts as a fraction of an occurrence.
  const paragraphCounts: Float32Array[] = [];
  const paragraphLengths: number[] = [];
  let postingCount = 0;
  const termIdOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
    }
    return id;
  };

  for (const document of documents) {
    // The title as a weighted field of the document: worth `titleWeight` occurrences of each title term,
    // shared evenly by the document's indexed paragraphs (so a one-paragraph abstract gets all of it and
    // a twenty-paragraph article spreads it thin instead of making every paragraph match the title).
    const indexedCount = document.paragraphs.filter((p) => !p.excluded).length;
    const titleShare = indexedCount > 0 ? scoring.titleWeight / indexedCount : 0;
    const titleTerms = titleShare > 0 ? analyzeText(document.title).map((t) => termIdOf(t.term)) : [];
    for (const paragraph of document.paragraphs) {
      if (paragraph.excluded) continue;
      const counts = new Map<number, number>();
      let length = 0;
      for (const token of analyzeText(paragraph.text)) {
        const id = termIdOf(token.term);
        counts.set(id, (counts.get(id) ?? 0) + 1);
        wordFrequency.set(token.word, (wordFrequency.get(token.word) ?? 0) + 1);
        length += 1;
      }
      for (const id of titleTerms) counts.set(id, (counts.get(id) ?? 0) + titleShare);
      length += titleTerms.length * titleShare;
      paragraphLengths.push(length);
      paragraphs.push({ paragraph, document });
      paragraphTerms.push(Uint32Array.from(counts.keys()));
      paragraphCounts.push(Float32Array.from(counts.values()));
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

  // Cosine norms first: pivoted normalisation needs their mean (the pivot) before any weight is final.
  const n = paragraphTerms.length;
  const idfOnParagraph = (term: number): number => paragraphIdf(documentFrequency[term] ?? 0, n, scoring);
  const norms = paragraphCounts.map((counts, p) => {
    const terms = paragraphTerms[p] ?? new Uint32Array();
    let squares = 0;
    for (let i = 0; i < counts.length; i += 1)
      squares += (dampTermFrequency(counts[i] ?? 0, scoring) * idfOnParagraph(terms[i] ?? 0)) ** 2;
    return Math.sqrt(squares);
  });
  const mean = (values: readonly number[]): number =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  const meanNorm = mean(norms);
  const meanLength = mean(paragraphLengths);
  const meanUniqueTerms = mean(paragraphTerms.map((terms) => terms.length));

  for (let p = 0; p < paragraphTerms.length; p += 1) {
    const terms = paragraphTerms[p] ?? new Uint32Array();
    const counts = paragraphCounts[p] ?? new Float32Array();
    const stats: ParagraphStats = {
      norm: norms[p] ?? 0,
      length: paragraphLengths[p] ?? 0,
      meanNorm,
      meanLength,
      uniqueTerms: terms.length,
      meanUniqueTerms,
    };
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i] ?? 0;
      const slot = fill[term] ?? 0;
      fill[term] = slot + 1;
      postingParagraph[slot] = p;
      postingWeight[slot] = paragraphTermWeight(counts[i] ?? 0, stats, scoring) * idfOnParagraph(term);
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
