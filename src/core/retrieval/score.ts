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
// With s = 1 this is SMART lnc.ltc (plain cosine). Cosine over-rewards short paragraphs: a one-sentence
// paragraph that shares one word with the question outscores the long paragraph that answers it.
// Pivoting tilts the normalisation so paragraphs shorter than average are pushed down and longer ones up,
// leaving a paragraph of average length exactly where cosine puts it. Because the question vector is
// still unit length and the paragraph weights keep the cosine scale around the pivot, scores stay near
// [0, 1] and one threshold means the same thing for every question.
//
// Terms a question uses that the corpus never does still count in ‖q‖ (with df = 1), so a question that
// is mostly about something else scores low instead of matching on one common word.
//
// BM25 is kept as a comparison (`normalization: { kind: 'bm25' }`), with the same precomputed per-posting
// layout: wp = tf·(k1 + 1) / (tf + k1·(1 − b + b·len(p)/avgLen)), idf on the question side.

export type LengthNormalization =
  | { readonly kind: 'cosine' }
  | { readonly kind: 'pivoted'; readonly slope: number }
  | { readonly kind: 'pivoted-unique'; readonly slope: number }
  | { readonly kind: 'pivoted-length'; readonly slope: number }
  | { readonly kind: 'bm25'; readonly k1: number; readonly b: number };

export type IdfVariant = 'smooth' | 'plain' | 'bm25';

export interface ScoringOptions {
  /** Damping of repeated terms: 'log' is 1 + ln tf, 'raw' is tf. Ignored by BM25, which saturates tf itself. */
  readonly tf: 'log' | 'log-log' | 'raw';
  readonly idf: IdfVariant;
  readonly normalization: LengthNormalization;
  /** Idf on the paragraph side too (SMART ltc rather than lnc): squares idf's effect on the score. */
  readonly paragraphIdf: boolean;
  /** How many times the document title counts towards every one of its paragraphs' term counts. */
  readonly titleWeight: number;
}

export const DEFAULT_SCORING: ScoringOptions = {
  tf: 'log',
  idf: 'smooth',
  normalization: { kind: 'pivoted', slope: 0.5 },
  paragraphIdf: false,
  titleWeight: 2,
};

/**
 * 1 + ln tf for tf ≥ 1, and tf itself below 1: a paragraph's share of its title can be a fraction of an
 * occurrence, and the log must not turn it negative. The two pieces meet at tf = 1.
 */
export function dampTermFrequency(tf: number, options: ScoringOptions = DEFAULT_SCORING): number {
  if (tf <= 0) return 0;
  if (tf <= 1 || options.tf === 'raw') return tf;
  return options.tf === 'log' ? 1 + Math.log(tf) : 1 + Math.log(1 + Math.log(tf));
}

/**
 * Inverse document frequency over N paragraphs; an unseen term counts as df = 1.
 * 'smooth' ln(1 + N/df) is never 0 or negative; 'plain' ln(N/df) is 0 for a term in every paragraph;
 * 'bm25' is Lucene's ln(1 + (N − df + 0.5)/(df + 0.5)).
 */
export function inverseDocumentFrequency(
  df: number,
  paragraphCount: number,
  variant: IdfVariant = DEFAULT_SCORING.idf,
): number {
  const d = Math.max(1, df);
  if (variant === 'plain') return Math.log(Math.max(1, paragraphCount) / d);
  if (variant === 'bm25') return Math.log(1 + (paragraphCount - d + 0.5) / (d + 0.5));
  return Math.log(1 + paragraphCount / d);
}

/** One question term's weight before the question is normalised to unit length (ltc). */
export function tfIdfScore(tf: number, df: number, n: number, options: ScoringOptions = DEFAULT_SCORING): number {
  return dampTermFrequency(tf, options) * inverseDocumentFrequency(df, n, options.idf);
}

/** The paragraph side's idf factor: 1 unless `paragraphIdf` (BM25 never has one: its idf is on the question). */
export function paragraphIdf(df: number, n: number, options: ScoringOptions = DEFAULT_SCORING): number {
  if (!options.paragraphIdf || options.normalization.kind === 'bm25') return 1;
  return inverseDocumentFrequency(df, n, options.idf);
}

/** What the paragraph-side weight needs to know about the paragraph and the collection. */
export interface ParagraphStats {
  /** sqrt(Σ damped tf²) over the paragraph's terms. */
  readonly norm: number;
  /** Number of indexed tokens. */
  readonly length: number;
  /** Number of distinct terms. */
  readonly uniqueTerms: number;
  readonly meanUniqueTerms: number;
  /** Mean `norm` over all paragraphs: the pivot. */
  readonly meanNorm: number;
  readonly meanLength: number;
}

/** wp(t, p): the weight stored in a posting, length normalisation included. */
export function paragraphTermWeight(
  tf: number,
  stats: ParagraphStats,
  options: ScoringOptions = DEFAULT_SCORING,
): number {
  if (tf <= 0) return 0;
  const normalization = options.normalization;
  if (normalization.kind === 'bm25') {
    const { k1, b } = normalization;
    const lengthRatio = stats.meanLength > 0 ? stats.length / stats.meanLength : 1;
    return (tf * (k1 + 1)) / (tf + k1 * (1 - b + b * lengthRatio));
  }
  if (normalization.kind === 'pivoted-unique') {
    // Singhal's Lnu: log tf relative to the paragraph's mean tf, pivoted on the number of distinct terms,
    // rescaled by sqrt(pivot) so a paragraph at the pivot with every tf = 1 keeps its cosine weight.
    const s = normalization.slope;
    const meanTf = stats.uniqueTerms > 0 ? stats.length / stats.uniqueTerms : 1;
    const relative = (1 + Math.log(tf)) / (1 + Math.log(meanTf));
    const divisor = (1 - s) * stats.meanUniqueTerms + s * stats.uniqueTerms || 1;
    return (relative * Math.sqrt(stats.meanUniqueTerms)) / divisor;
  }
  const damped = dampTermFrequency(tf, options);
  if (normalization.kind === 'pivoted-length') {
    // Singhal (1999) as in Fang & Zhai's axiomatic study: pivot on token length, scaled by the mean
    // cosine norm so a paragraph of average length keeps roughly its cosine weight.
    const s = normalization.slope;
    const lengthRatio = stats.meanLength > 0 ? stats.length / stats.meanLength : 1;
    return damped / ((1 - s + s * lengthRatio) * (stats.meanNorm || 1));
  }
  if (normalization.kind === 'cosine') return damped / (stats.norm || 1);
  const s = normalization.slope;
  return damped / ((1 - s) * stats.meanNorm + s * stats.norm || 1);
}
