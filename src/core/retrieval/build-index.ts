// The inverted index: integer term ids, postings in flat typed arrays (compressed-sparse-row layout),
// and paragraph-side weights already divided by the paragraph norm, so that ranking a question is
// a sum over the postings of its few terms and never a scan of every paragraph.
import type { CorpusDocument, Paragraph } from '../document/types.js';
import type { Lexicon } from '../text/lexicon.js';
import { collectTerms } from './collect-terms.js';
import { DEFAULT_SCORING, type ParagraphStats, type ScoringOptions } from './score.js';

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
  /** wp(t, p) of score.ts (the weighting's paragraphWeight), length normalisation included. */
  readonly postingWeight: Float32Array;
  /**
   * The forward index: paragraph p's term ids in reading order (stopwords left out, title not included)
   * are tokenTerms[tokenStart[p] .. tokenStart[p + 1] - 1]. Reranking reads it for adjacency and for
   * pseudo-relevance feedback without tokenizing any text at question time.
   */
  readonly tokenStart: Uint32Array;
  readonly tokenTerms: Uint32Array;
  /** Surface words (normalised, unstemmed) and how often each occurs: the spelling dictionary. */
  readonly wordFrequency: ReadonlyMap<string, number>;
  readonly scoring: ScoringOptions;
  readonly lexicon?: Lexicon | undefined;
}

export interface BuildIndexOptions {
  readonly scoring?: ScoringOptions;
  /** English words and WordNet neighbours, for spelling and vocabulary bridging (src/lexicon loads it). */
  readonly lexicon?: Lexicon | undefined;
}

export function buildIndex(documents: readonly CorpusDocument[], options: BuildIndexOptions = {}): SearchIndex {
  const scoring = options.scoring ?? DEFAULT_SCORING;
  const {
    paragraphs,
    termIds,
    terms: flatTerms,
    counts: flatCounts,
    used,
    paragraphEnd,
    paragraphLengths,
    tokenStart,
    tokenTerms,
    wordFrequency,
  } = collectTerms(documents, scoring.titleWeight);

  const termCount = termIds.size;
  const documentFrequency = new Uint32Array(termCount);
  for (let i = 0; i < used; i += 1) {
    const term = flatTerms[i] ?? 0;
    documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  }

  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t += 1) postingStart[t + 1] = (postingStart[t] ?? 0) + (documentFrequency[t] ?? 0);
  const fill = postingStart.slice(0, termCount);
  const postingParagraph = new Uint32Array(used);
  const postingWeight = new Float32Array(used);

  // Norms first when the weighting needs them: pivoted normalisation needs their mean (the pivot)
  // before any weight is final.
  const n = paragraphEnd.length;
  const weighting = scoring.weighting;
  const norms = new Float64Array(n);
  const uniqueTerms = new Uint32Array(n);
  for (let p = 0, begin = 0; p < n; p += 1) {
    const end = paragraphEnd[p] ?? begin;
    if (weighting.needsNorm) {
      let squares = 0;
      for (let i = begin; i < end; i += 1) {
        const term = flatTerms[i] ?? 0;
        squares += weighting.normTerm(flatCounts[i] ?? 0, documentFrequency[term] ?? 0, n) ** 2;
      }
      norms[p] = Math.sqrt(squares);
    }
    uniqueTerms[p] = end - begin;
    begin = end;
  }
  const mean = (values: ArrayLike<number>): number => {
    let sum = 0;
    for (let i = 0; i < values.length; i += 1) sum += values[i] ?? 0;
    return values.length === 0 ? 0 : sum / values.length;
  };
  const meanNorm = mean(norms);
  const meanLength = mean(paragraphLengths);
  const meanUniqueTerms = mean(uniqueTerms);

  for (let p = 0, begin = 0; p < n; p += 1) {
    const end = paragraphEnd[p] ?? begin;
    const stats: ParagraphStats = {
      norm: norms[p] ?? 0,
      length: paragraphLengths[p] ?? 0,
      meanNorm,
      meanLength,
      uniqueTerms: uniqueTerms[p] ?? 0,
      meanUniqueTerms,
    };
    for (let i = begin; i < end; i += 1) {
      const term = flatTerms[i] ?? 0;
      const slot = fill[term] ?? 0;
      fill[term] = slot + 1;
      postingParagraph[slot] = p;
      postingWeight[slot] = weighting.paragraphWeight(flatCounts[i] ?? 0, stats, documentFrequency[term] ?? 0, n);
    }
    begin = end;
  }

  return {
    documents,
    paragraphs,
    termIds,
    documentFrequency,
    postingStart,
    postingParagraph,
    postingWeight,
    tokenStart,
    tokenTerms,
    wordFrequency,
    scoring,
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
  };
}
