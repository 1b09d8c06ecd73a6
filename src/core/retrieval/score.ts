// The ranking formula, written out once. Everything else stores or sums what these functions return.
//
//   score(q, p) = Σ_t  wq(t) · wp(t, p)                            a dot product over the question's terms
//   wq(t)       = (1 + ln qtf(t)) · idf(t) / ‖q‖                   question side: log tf, idf, unit length
//   idf(t)      = ln(1 + N / df(t))                                smoothed: never 0, never negative
//   wp(t, p)    = (1 + ln tf(t, p)) / pivotedNorm(p)               paragraph side: log tf, no idf
//   pivotedNorm = (1 − s) · pivot + s · norm(p),  s = 0.5          Singhal, Buckley & Mitra (1996)
//   norm(p)     = sqrt(Σ_t (1 + ln tf(t, p))²)                     the cosine norm of the paragraph
//   pivot       = mean of norm(p) over all indexed paragraphs
//
// tf(t, p) counts the term in the paragraph's text plus the paragraph's share of the title: the title is
// worth `titleWeight` (2) occurrences to its document, split evenly over the document's indexed paragraphs.
// Shares below one occurrence are damped linearly (dampTermFrequency), so they never go negative.
//
// The formula sits behind one seam, `TermWeighting`: build-index stores `paragraphWeight` in the postings
// and analyzeQuestion divides `questionWeight` by `questionNorm`. Only the shipped weighting lives here;
// the variants measured against it live with the harness that measures them (lab/eval/weightings.ts).
// docs/design.md gives the measurements and why this one ships.

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
  /** wq(t) before the question is normalised. An unknown term arrives with df = 0. */
  questionWeight(qtf: number, df: number, n: number): number;
  /** The divisor of every question weight (for example the vector's L2 norm). */
  questionNorm(weights: readonly number[]): number;
}

export interface ScoringOptions {
  readonly weighting: TermWeighting;
  /** How many occurrences the document title is worth, shared by the document's indexed paragraphs. */
  readonly titleWeight: number;
}

/**
 * 1 + ln tf for tf ≥ 1, and tf itself below 1: a paragraph's share of its title can be a fraction of an
 * occurrence, and the log must not turn it negative. The two pieces meet at tf = 1.
 */
export function dampTermFrequency(tf: number): number {
  if (tf <= 0) return 0;
  return tf <= 1 ? tf : 1 + Math.log(tf);
}

/** Smoothed idf ln(1 + N/df) over N paragraphs: never 0 or negative. An unseen term counts as df = 1. */
export function inverseDocumentFrequency(df: number, paragraphCount: number): number {
  return Math.log(1 + paragraphCount / Math.max(1, df));
}

/** One question term's weight before the question is normalised to unit length (ltc). */
export function tfIdfScore(tf: number, df: number, n: number): number {
  return dampTermFrequency(tf) * inverseDocumentFrequency(df, n);
}

export function euclideanNorm(weights: readonly number[]): number {
  let sum = 0;
  for (const w of weights) sum += w * w;
  return Math.sqrt(sum) || 1;
}

/** Pivoted normalisation of log tf (Lnc with a pivot): the paragraph side of the shipped formula. */
export function pivotedWeight(tf: number, stats: ParagraphStats, slope: number): number {
  if (tf <= 0) return 0;
  return dampTermFrequency(tf) / ((1 - slope) * stats.meanNorm + slope * stats.norm || 1);
}

export const PIVOTED_TF_IDF: TermWeighting = {
  name: 'pivoted s=0.5',
  needsNorm: true,
  normTerm: (tf) => dampTermFrequency(tf),
  paragraphWeight: (tf, stats) => pivotedWeight(tf, stats, 0.5),
  questionWeight: (qtf, df, n) => tfIdfScore(qtf, df, n),
  questionNorm: euclideanNorm,
};

export const DEFAULT_SCORING: ScoringOptions = { weighting: PIVOTED_TF_IDF, titleWeight: 2 };
