// The ranking formulas compared by `npm run eval -- --variants`: the table in docs/design.md is this
// list's output. The first is the formula before the pivoted work (SMART lnc.ltc).

import { DEFAULT_RERANK, type RerankOptions } from '../../../src/core/retrieval/rerank.js';
import { DEFAULT_SCORING, type ScoringOptions } from '../../../src/core/retrieval/score.js';
import { classicBm25, pivotedLength, pivotedTfIdf, pivotedUnique, saturatedBm25 } from './weightings.js';

export interface ScoringVariant {
  readonly name: string;
  readonly scoring: ScoringOptions;
}

/** The first pass alone: no adjacency, no feedback (every formula before this work). */
export const NO_RERANK: RerankOptions = {
  adjacency: { weight: 0, candidates: 0 },
  feedback: { documents: 0, terms: 0, weight: 0 },
};
const ADJACENCY_ONLY: RerankOptions = { ...DEFAULT_RERANK, feedback: NO_RERANK.feedback };

const variant = (
  name: string,
  weighting: ScoringOptions['weighting'],
  titleWeight: number,
  rerank: RerankOptions = NO_RERANK,
): ScoringVariant => ({ name, scoring: { weighting, titleWeight, rerank } });
const withFeedback = (documents: number, terms: number, weight: number): RerankOptions => ({
  ...DEFAULT_RERANK,
  feedback: { documents, terms, weight },
});

export const BM25_COMPARISON = variant('BM25 k1=1.2 b=0.75, title x2', classicBm25(1.2, 0.75), 2);

export const FINAL_VARIANT: ScoringVariant = {
  name: `final: ${DEFAULT_SCORING.weighting.name}, title x2, adjacency λ=0.1, feedback 3 docs 20 terms α=0.4`,
  scoring: DEFAULT_SCORING,
};

export const SCORING_VARIANTS: readonly ScoringVariant[] = [
  variant('lnc.ltc cosine (before)', pivotedTfIdf(1), 0),
  variant('lnc.ltc cosine, title x2', pivotedTfIdf(1), 2),
  variant('pivoted s=0.5', pivotedTfIdf(0.5), 0),
  variant('pivoted s=0.3, title x2', pivotedTfIdf(0.3), 2),
  variant('pivoted s=0.5, title x2', pivotedTfIdf(0.5), 2),
  variant('pivoted s=0.7, title x2', pivotedTfIdf(0.7), 2),
  variant('pivoted s=0.5, title x2, idf ln(N/df)', pivotedTfIdf(0.5, { idf: 'plain' }), 2),
  variant('pivoted s=0.5, title x2, raw tf', pivotedTfIdf(0.5, { damping: 'raw' }), 2),
  variant('pivoted s=0.5, title x2, tf 1+ln(1+ln tf)', pivotedTfIdf(0.5, { damping: 'log-log' }), 2),
  variant('ltc.ltc (idf both sides) s=0.5, title x2', pivotedTfIdf(0.5, { paragraphIdf: true }), 2),
  variant('Lnu.ltu pivoted unique s=0.3, title x2', pivotedUnique(0.3), 2),
  variant('pivoted on token length s=0.3, title x2', pivotedLength(0.3), 2),
  variant('BM25 k1=1.2 b=0.75', classicBm25(1.2, 0.75), 0),
  BM25_COMPARISON,
  variant('BM25 k1=2.0 b=0.75, title x2', classicBm25(2, 0.75), 2),
  variant('BM25 share k1=1.2 b=0.75, title x2', saturatedBm25(1.2, 0.75), 2),
  variant('BM25 share k1=1.5 b=0.75, title x2', saturatedBm25(1.5, 0.75), 2),
  variant('BM25 share k1=1.2 b=0.5, title x2', saturatedBm25(1.2, 0.5), 2),
  variant('BM25 share, title x2, adjacency λ=0.1', saturatedBm25(1.2, 0.75), 2, ADJACENCY_ONLY),
  variant('BM25 share, title x2, adjacency λ=0.2', saturatedBm25(1.2, 0.75), 2, {
    ...ADJACENCY_ONLY,
    adjacency: { weight: 0.2, candidates: 30 },
  }),
  variant('pivoted s=0.5, title x2, adjacency + feedback', pivotedTfIdf(0.5), 2, DEFAULT_RERANK),
  variant(
    'BM25 share, adjacency, feedback 10 docs 20 terms α=0.5',
    saturatedBm25(1.2, 0.75),
    2,
    withFeedback(10, 20, 0.5),
  ),
  variant(
    'BM25 share, adjacency, feedback 3 docs 20 terms α=0.4',
    saturatedBm25(1.2, 0.75),
    2,
    withFeedback(3, 20, 0.4),
  ),
  FINAL_VARIANT,
];
