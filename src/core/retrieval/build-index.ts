// The inverted index: integer term ids, postings in flat typed arrays (compressed-sparse-row layout),
// and paragraph-side weights already divided by the paragraph norm, so that ranking a question is
// a sum over the postings of its few terms and never a scan of every paragraph.
import type { CorpusDocument, Paragraph } from '../document/types.js';
import type { Lexicon } from '../text/lexicon.js';
import type { WordVectors } from '../text/word-vectors.js';
import { embedIndex, type IndexEmbedding } from './embed-index.js';
import { collectParagraphTerms, type ParagraphTerms } from './paragraph-terms.js';
import {
  DEFAULT_SCORING,
  type ParagraphStats,
  type ScoringOptions,
  saturate,
  saturationDamping,
  type TermWeighting,
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
  /** Term and paragraph vectors (embed-index.ts), when word vectors were given. */
  readonly embedding?: IndexEmbedding | undefined;
}

export interface BuildIndexOptions {
  readonly scoring?: ScoringOptions;
  /** English words and WordNet neighbours, for spelling and vocabulary bridging (src/lexicon loads it). */
  readonly lexicon?: Lexicon | undefined;
  /** Pre-trained word vectors (src/lexicon loads GloVe), for bridging vocabulary and paragraph similarity. */
  readonly vectors?: WordVectors | undefined;
}

export function buildIndex(documents: readonly CorpusDocument[], options: BuildIndexOptions = {}): SearchIndex {
  const scoring = options.scoring ?? DEFAULT_SCORING;
  const terms = collectParagraphTerms(documents, scoring.titleWeight);
  const { termIds, wordFrequency, wordTermIds } = terms;
  const documentFrequency = countDocumentFrequency(terms.flatTerms, terms.entries, termIds.size);
  const postingStart = startPostings(documentFrequency);
  const n = terms.paragraphEnd.length;
  const { postingParagraph, postingWeight } = weighPostings(terms, documentFrequency, postingStart, scoring.weighting);

  const embedding = options.vectors
    ? embedIndex(
        {
          termIds,
          wordFrequency,
          wordTermIds,
          documentFrequency,
          postingStart,
          postingParagraph,
          postingWeight,
          paragraphCount: n,
        },
        options.vectors,
      )
    : undefined;
  return {
    documents,
    paragraphs: terms.paragraphs,
    termIds,
    documentFrequency,
    postingStart,
    postingParagraph,
    postingWeight,
    tokenStart: terms.tokenStart,
    tokenTerms: terms.tokenTerms,
    wordFrequency,
    scoring,
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
    ...(embedding ? { embedding } : {}),
  };
}

/** Paragraphs holding each term: one count per (paragraph, term) entry. */
function countDocumentFrequency(flatTerms: Uint32Array, entries: number, termCount: number): Uint32Array {
  const documentFrequency = new Uint32Array(termCount);
  for (let i = 0; i < entries; i += 1) {
    const term = flatTerms[i] ?? 0;
    documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  }
  return documentFrequency;
}

/** Where each term's postings start (termCount + 1 entries, the last one the total). */
function startPostings(documentFrequency: Uint32Array): Uint32Array {
  const termCount = documentFrequency.length;
  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t += 1) postingStart[t + 1] = (postingStart[t] ?? 0) + (documentFrequency[t] ?? 0);
  return postingStart;
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i] ?? 0;
  return values.length === 0 ? 0 : sum / values.length;
}

/**
 * Each paragraph's norm (when the weighting needs it) and distinct-term count. Norms come before any
 * weight: pivoted normalisation needs their mean (the pivot) before a weight is final.
 */
function measureParagraphs(
  terms: ParagraphTerms,
  documentFrequency: Uint32Array,
  weighting: TermWeighting,
): { norms: Float64Array; uniqueTerms: Uint32Array } {
  const { flatTerms, flatCounts, paragraphEnd } = terms;
  const n = paragraphEnd.length;
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
  return { norms, uniqueTerms };
}

/** The postings: paragraph numbers and wp(t, p) of each term, in paragraph order within a term. */
function weighPostings(
  terms: ParagraphTerms,
  documentFrequency: Uint32Array,
  postingStart: Uint32Array,
  weighting: TermWeighting,
): { postingParagraph: Uint32Array; postingWeight: Float32Array } {
  const { flatTerms, flatCounts, paragraphEnd, paragraphLengths } = terms;
  const n = paragraphEnd.length;
  const { norms, uniqueTerms } = measureParagraphs(terms, documentFrequency, weighting);
  const meanNorm = mean(norms);
  const meanLength = mean(paragraphLengths);
  const meanUniqueTerms = mean(uniqueTerms);
  const fill = postingStart.slice(0, documentFrequency.length);
  const postingParagraph = new Uint32Array(terms.entries);
  const postingWeight = new Float32Array(terms.entries);
  // The shipped weighting declares itself a saturation: its length factor is then computed once per
  // paragraph instead of a paragraphWeight call and a stats object per posting (the same numbers).
  const saturation = weighting.saturation;
  for (let p = 0, begin = 0; p < n; p += 1) {
    const end = paragraphEnd[p] ?? begin;
    const length = paragraphLengths[p] ?? 0;
    const damping = saturation ? saturationDamping(length, meanLength, saturation) : 0;
    const stats: ParagraphStats | null = saturation
      ? null
      : { norm: norms[p] ?? 0, length, meanNorm, meanLength, uniqueTerms: uniqueTerms[p] ?? 0, meanUniqueTerms };
    for (let i = begin; i < end; i += 1) {
      const term = flatTerms[i] ?? 0;
      const slot = fill[term] ?? 0;
      fill[term] = slot + 1;
      postingParagraph[slot] = p;
      const tf = flatCounts[i] ?? 0;
      postingWeight[slot] =
        stats === null ? saturate(tf, damping) : weighting.paragraphWeight(tf, stats, documentFrequency[term] ?? 0, n);
    }
    begin = end;
  }
  return { postingParagraph, postingWeight };
}
