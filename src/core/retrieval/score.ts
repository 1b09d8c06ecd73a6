// The ranking formula, written out once. Everything else stores or sums what these functions return.
//
//   score(q, p) = Σ_t  wq(t) · wp(t, p)                       (a dot product: cosine when both are unit length)
//   wp(t, p)    = (1 + ln tf(t, p)) / norm(p)                 sublinear tf, no idf on the paragraph side
//   norm(p)     = sqrt(Σ_t (1 + ln tf(t, p))²)                cosine length normalisation
//   wq(t)       = (1 + ln qtf(t)) · idf(t) / ‖q‖              idf on the question side only
//   idf(t)      = ln(1 + N / df(t))                           smoothed: never 0, never negative
//
// This is SMART lnc.ltc. Scores fall in [0, 1], which is what lets one threshold mean the same thing
// for every question. Terms a question uses that the corpus never does still count in ‖q‖ (with df = 1),
// so a question that is mostly about something else scores low instead of matching on one common word.

export interface ScoringOptions {
  /** Damping of repeated terms: 'log' is 1 + ln tf, 'raw' is tf. */
  readonly tf: 'log' | 'raw';
}

export const DEFAULT_SCORING: ScoringOptions = { tf: 'log' };

export function dampTermFrequency(tf: number, options: ScoringOptions = DEFAULT_SCORING): number {
  if (tf <= 0) return 0;
  return options.tf === 'log' ? 1 + Math.log(tf) : tf;
}

/** Smoothed inverse document frequency over N paragraphs; an unseen term counts as df = 1. */
export function inverseDocumentFrequency(df: number, paragraphCount: number): number {
  return Math.log(1 + paragraphCount / Math.max(1, df));
}

/** One term's contribution before normalisation, for a paragraph (lnc: no idf) and a question (ltc). */
export function tfIdfScore(tf: number, df: number, n: number, options: ScoringOptions = DEFAULT_SCORING): number {
  return dampTermFrequency(tf, options) * inverseDocumentFrequency(df, n);
}
