// The weightings measured against the shipped one (src/core/retrieval/score.ts), each a TermWeighting
// for the same seam, so the harness runs them through the bot's own index and ranking. These lost; they
// stay here, out of the product, so the variants table in docs/design.md can be re-run.
import {
  dampTermFrequency,
  type ParagraphStats,
  saturatedTermWeight,
  sumOfWeights,
  type TermWeighting,
} from '../../../src/core/retrieval/score.js';

/** Smoothed idf ln(1 + N/df): the pivoted formula's (never 0 or negative). */
export const inverseDocumentFrequency = (df: number, n: number): number => Math.log(1 + n / Math.max(1, df));
const tfIdfScore = (tf: number, df: number, n: number): number =>
  dampTermFrequency(tf) * inverseDocumentFrequency(df, n);

export function euclideanNorm(weights: readonly number[]): number {
  let sum = 0;
  for (const w of weights) sum += w * w;
  return Math.sqrt(sum) || 1;
}

/** Pivoted normalisation of log tf (Singhal, Buckley & Mitra 1996): the formula shipped before BM25. */
export function pivotedWeight(tf: number, stats: ParagraphStats, slope: number): number {
  if (tf <= 0) return 0;
  return dampTermFrequency(tf) / ((1 - slope) * stats.meanNorm + slope * stats.norm || 1);
}

type Damping = 'log' | 'log-log' | 'raw';

function damp(tf: number, damping: Damping): number {
  if (damping === 'log') return dampTermFrequency(tf);
  if (tf <= 0) return 0;
  if (tf <= 1 || damping === 'raw') return tf;
  return 1 + Math.log(1 + Math.log(tf));
}

/** Plain ln(N/df): 0 for a term in every paragraph. */
const plainIdf = (df: number, n: number): number => Math.log(Math.max(1, n) / Math.max(1, df));
/** Lucene's BM25 idf ln(1 + (N − df + 0.5)/(df + 0.5)). */
export const bm25Idf = (df: number, n: number): number => {
  const d = Math.max(1, df);
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
};

export interface TfIdfVariantOptions {
  readonly damping?: Damping;
  readonly idf?: 'smooth' | 'plain';
  /** Idf on the paragraph side too (ltc.ltc): squares idf's effect. */
  readonly paragraphIdf?: boolean;
}

/** Cosine (slope 1) or pivoted log-tf TF-IDF, with the damping and idf variants tried. */
export function pivotedTfIdf(slope: number, options: TfIdfVariantOptions = {}): TermWeighting {
  const damping = options.damping ?? 'log';
  const idf = options.idf === 'plain' ? plainIdf : inverseDocumentFrequency;
  const onParagraph = (df: number, n: number): number => (options.paragraphIdf ? idf(df, n) : 1);
  return {
    name: slope === 1 ? 'cosine' : `pivoted s=${slope}`,
    needsNorm: true,
    normTerm: (tf, df, n) => damp(tf, damping) * onParagraph(df, n),
    paragraphWeight: (tf, stats, df, n) =>
      tf <= 0 ? 0 : (damp(tf, damping) * onParagraph(df, n)) / ((1 - slope) * stats.meanNorm + slope * stats.norm || 1),
    questionWeight: (qtf, df, n) => damp(qtf, damping) * idf(df, n),
    questionNorm: euclideanNorm,
  };
}

/** Singhal's Lnu: log tf relative to the paragraph's mean tf, pivoted on the number of distinct terms. */
export function pivotedUnique(slope: number): TermWeighting {
  return {
    name: `Lnu s=${slope}`,
    needsNorm: false,
    normTerm: () => 0,
    paragraphWeight: (tf, stats: ParagraphStats) => {
      if (tf <= 0) return 0;
      const meanTf = stats.uniqueTerms > 0 ? stats.length / stats.uniqueTerms : 1;
      const relative = dampTermFrequency(tf) / (1 + Math.log(Math.max(1, meanTf)));
      const divisor = (1 - slope) * stats.meanUniqueTerms + slope * stats.uniqueTerms || 1;
      return (relative * Math.sqrt(stats.meanUniqueTerms)) / divisor;
    },
    questionWeight: (qtf, df, n) => tfIdfScore(qtf, df, n),
    questionNorm: euclideanNorm,
  };
}

/** Pivot on token length, scaled by the mean cosine norm (Singhal 1999 as in Fang & Zhai). */
export function pivotedLength(slope: number): TermWeighting {
  return {
    name: `pivoted on length s=${slope}`,
    needsNorm: true,
    normTerm: (tf) => dampTermFrequency(tf),
    paragraphWeight: (tf, stats) => {
      const lengthRatio = stats.meanLength > 0 ? stats.length / stats.meanLength : 1;
      return dampTermFrequency(tf) / ((1 - slope + slope * lengthRatio) * (stats.meanNorm || 1));
    },
    questionWeight: (qtf, df, n) => tfIdfScore(qtf, df, n),
    questionNorm: euclideanNorm,
  };
}

/** Classic unbounded BM25 (Lucene idf on the question side, question tf ignored beyond presence). */
export function classicBm25(k1: number, b: number): TermWeighting {
  return {
    name: `BM25 k1=${k1} b=${b}`,
    needsNorm: false,
    normTerm: () => 0,
    paragraphWeight: (tf, stats) => {
      if (tf <= 0) return 0;
      const lengthRatio = stats.meanLength > 0 ? stats.length / stats.meanLength : 1;
      return (tf * (k1 + 1)) / (tf + k1 * (1 - b + b * lengthRatio));
    },
    questionWeight: (qtf, df, n) => qtf * bm25Idf(df, n),
    questionNorm: () => 1,
  };
}

/** BM25 as a share of the question's weight (the shipped shape) with other k1 / b. */
export function saturatedBm25(k1: number, b: number): TermWeighting {
  return {
    name: `BM25 share k1=${k1} b=${b}`,
    needsNorm: false,
    normTerm: () => 0,
    paragraphWeight: (tf, stats) => saturatedTermWeight(tf, stats.length, stats.meanLength, { k1, b }),
    questionWeight: (qtf, df, n) => dampTermFrequency(qtf) * bm25Idf(df, n),
    questionNorm: sumOfWeights,
  };
}
