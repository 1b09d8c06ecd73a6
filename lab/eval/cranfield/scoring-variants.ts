// The ranking formulas compared by `npm run eval -- --variants`: the table in docs/design.md is this
// list's output. The first is the formula before the pivoted work (SMART lnc.ltc).
import { DEFAULT_SCORING, type ScoringOptions } from '../../../src/core/retrieval/score.js';
import { classicBm25, pivotedLength, pivotedTfIdf, pivotedUnique } from './weightings.js';

export interface ScoringVariant {
  readonly name: string;
  readonly scoring: ScoringOptions;
}

const variant = (name: string, weighting: ScoringOptions['weighting'], titleWeight: number): ScoringVariant => ({
  name,
  scoring: { weighting, titleWeight },
});

export const BM25_COMPARISON = variant('BM25 k1=1.2 b=0.75, title x2', classicBm25(1.2, 0.75), 2);

export const FINAL_VARIANT: ScoringVariant = {
  name: `final: ${DEFAULT_SCORING.weighting.name}`,
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
  FINAL_VARIANT,
];
