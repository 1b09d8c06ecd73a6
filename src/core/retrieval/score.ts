// The ranking formula, written out once. Everything else stores or sums what these functions return.
//
//   score(q, p) = Σ_t  wq(t) · wp(t, p)                          a dot product over the question's terms
//   wq(t)       = (1 + ln qtf(t)) · idf(t) / Σ_u (1 + ln qtf(u)) · idf(u)   shares of the question's weight
//   idf(t)      = ln(1 + (N − df + 0.5) / (df + 0.5))             BM25's (Lucene's) idf, never negative
//   wp(t, p)    = tf / (tf + k1 · (1 − b + b · len(p) / avgLen))  BM25's tf saturation, k1 = 1.2, b = 0.75
//
// This is BM25 divided by the score of a paragraph that held every question term infinitely often:
// wp is BM25's tf·(k1 + 1)/(tf + K) without the constant (k1 + 1), and the question weights sum to one.
// So the order is exactly BM25's, and a score is "the share of the question's idf weight the paragraph
// matches, each term counted by how saturated it is": 0..1 whatever the corpus or the question's length,
// which is what a threshold (and the no-answer model) can read. The sum in the denominator runs over every
// question term, including words the corpus never uses (df = 0 counts as df = 1, the rarest possible):
// a question mostly about something else keeps a low score instead of matching on one common word.
//
// tf(t, p) counts the term in the paragraph's text plus the paragraph's share of the title: the title is
// worth `titleWeight` (2) occurrences to its document, split evenly over the document's indexed paragraphs
// (a one-paragraph abstract gets both, a forty-paragraph article 1/20 each). len(p) includes that share.
//
// The formula sits behind one seam, `TermWeighting`: build-index stores `paragraphWeight` in the postings
// and analyzeQuestion divides `questionWeight` by `questionNorm`. Only the shipped weighting lives here;
// the variants measured against it live with the harness that measures them
// (lab/eval/cranfield/weightings.ts), and docs/design.md gives the measurements and why this one ships.
// Reranking on top of it (adjacent question words, pseudo-relevance feedback) is in rerank.ts.

import type { DenseOptions } from './rank.js';
import type { RerankOptions } from './rerank.js';

/** What the paragraph-side weight may know about the paragraph and the collection. */
export interface ParagraphStats {
  /** sqrt(Σ damped tf²) over the paragraph's terms (0 unless the weighting `needsNorm`). */
  readonly norm: number;
  /** Number of indexed tokens (title share included). */
  readonly length: number;
  /** Number of distinct terms. */
  readonly uniqueTerms: number;
  readonly meanUniqueTerms: number;
  /** Mean `norm` over all paragraphs: the pivot. */
  readonly meanNorm: number;
  readonly meanLength: number;
}

/** The weighting seam: everything a formula decides, as pure functions. */
export interface TermWeighting {
  readonly name: string;
  /** Whether build-index must compute each paragraph's norm (Σ normTerm²) before weights are final. */
  readonly needsNorm: boolean;
  /** One term's contribution to the paragraph norm (before squaring). */
  normTerm(tf: number, df: number, n: number): number;
  /** wp(t, p): the weight stored in a posting. */
  paragraphWeight(tf: number, stats: ParagraphStats, df: number, n: number): number;
  /**
   * Set when paragraphWeight is exactly saturatedTermWeight with these options: the build then weighs a
   * paragraph's postings with one length factor instead of a call per posting (same numbers, bit for bit).
   */
  readonly saturation?: SaturationOptions;
  /** wq(t) before the question is normalised. An unknown term arrives with df = 0. */
  questionWeight(qtf: number, df: number, n: number): number;
  /** The divisor of every question weight (for example the vector's L2 norm). */
  questionNorm(weights: readonly number[]): number;
}

export interface ScoringOptions {
  readonly weighting: TermWeighting;
  /** Adjacency and feedback on top of the weighting (rerank.ts); absent means DEFAULT_RERANK. */
  readonly rerank?: RerankOptions;
  /** Word-vector similarity added to the score (rank.ts); absent means DEFAULT_DENSE. */
  readonly dense?: DenseOptions;
  /** How many occurrences the document title is worth, shared by the document's indexed paragraphs. */
  readonly titleWeight: number;
}

/**
 * 1 + ln tf for tf ≥ 1, and tf itself below 1 (a share of the title can be a fraction of an occurrence,
 * and the log must not turn it negative). The two pieces meet at tf = 1.
 */
export function dampTermFrequency(tf: number): number {
  if (tf <= 0) return 0;
  return tf <= 1 ? tf : 1 + Math.log(tf);
}

/** BM25's idf over N paragraphs, ln(1 + (N − df + 0.5)/(df + 0.5)); an unseen term counts as df = 1. */
export function inverseDocumentFrequency(df: number, paragraphCount: number): number {
  const d = Math.max(1, df);
  return Math.log(1 + (paragraphCount - d + 0.5) / (d + 0.5));
}

export interface SaturationOptions {
  /** How quickly repeated occurrences stop adding: tf = k1 gets half of a saturated term's weight. */
  readonly k1: number;
  /** How much a paragraph longer than average is discounted: 0 none, 1 fully. */
  readonly b: number;
}

export const DEFAULT_SATURATION: SaturationOptions = { k1: 1.2, b: 0.75 };

/** k1 · (1 − b + b · len/avgLen): a paragraph's length factor, the tf at which a term gets half its weight. */
export function saturationDamping(
  length: number,
  meanLength: number,
  options: SaturationOptions = DEFAULT_SATURATION,
): number {
  const lengthRatio = meanLength > 0 ? length / meanLength : 1;
  return options.k1 * (1 - options.b + options.b * lengthRatio);
}

/** tf / (tf + damping), 0 for tf = 0: saturatedTermWeight with its length factor already computed. */
export function saturate(tf: number, damping: number): number {
  return tf <= 0 ? 0 : tf / (tf + damping);
}

/** wp(t, p) = tf / (tf + k1 · (1 − b + b · len/avgLen)): 0 for tf = 0, approaching 1 as tf grows. */
export function saturatedTermWeight(
  tf: number,
  length: number,
  meanLength: number,
  options: SaturationOptions = DEFAULT_SATURATION,
): number {
  return saturate(tf, saturationDamping(length, meanLength, options));
}

/** wq(t) before normalisation: (1 + ln qtf) · idf. */
export function questionTermWeight(qtf: number, df: number, n: number): number {
  return dampTermFrequency(qtf) * inverseDocumentFrequency(df, n);
}

export function sumOfWeights(weights: readonly number[]): number {
  let sum = 0;
  for (const w of weights) sum += w;
  return sum || 1;
}

export const SATURATED_BM25: TermWeighting = {
  name: 'BM25 share k1=1.2 b=0.75',
  needsNorm: false,
  normTerm: () => 0,
  paragraphWeight: (tf, stats) => saturatedTermWeight(tf, stats.length, stats.meanLength),
  saturation: DEFAULT_SATURATION,
  questionWeight: questionTermWeight,
  questionNorm: sumOfWeights,
};

export const DEFAULT_SCORING: ScoringOptions = { weighting: SATURATED_BM25, titleWeight: 2 };
