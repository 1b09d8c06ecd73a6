// The ranking formulas compared by `npm run eval -- --cranfield --variants`: the table in README.md and
// docs/design.md is this list's output. The first is the formula before this work (SMART lnc.ltc).
import { DEFAULT_SCORING, type ScoringOptions } from '../../core/retrieval/score.js';

export interface ScoringVariant {
  readonly name: string;
  readonly scoring: ScoringOptions;
}

const COSINE: ScoringOptions = {
  tf: 'log',
  idf: 'smooth',
  normalization: { kind: 'cosine' },
  paragraphIdf: false,
  titleWeight: 0,
};

const pivoted = (slope: number, titleWeight: number, extra: Partial<ScoringOptions> = {}): ScoringOptions => ({
  ...COSINE,
  normalization: { kind: 'pivoted', slope },
  titleWeight,
  ...extra,
});

export const BM25_COMPARISON: ScoringVariant = {
  name: 'BM25 k1=1.2 b=0.75, title x2',
  scoring: { ...COSINE, idf: 'bm25', normalization: { kind: 'bm25', k1: 1.2, b: 0.75 }, titleWeight: 2 },
};

export const FINAL_VARIANT: ScoringVariant = { name: 'final: pivoted s=0.5, title x2', scoring: DEFAULT_SCORING };

export const SCORING_VARIANTS: readonly ScoringVariant[] = [
  { name: 'lnc.ltc cosine (before)', scoring: COSINE },
  { name: 'lnc.ltc cosine, title x2', scoring: { ...COSINE, titleWeight: 2 } },
  { name: 'pivoted s=0.3', scoring: pivoted(0.3, 0) },
  { name: 'pivoted s=0.5', scoring: pivoted(0.5, 0) },
  { name: 'pivoted s=0.7', scoring: pivoted(0.7, 0) },
  { name: 'pivoted s=0.5, title x1', scoring: pivoted(0.5, 1) },
  { name: 'pivoted s=0.3, title x2', scoring: pivoted(0.3, 2) },
  FINAL_VARIANT,
  { name: 'pivoted s=0.7, title x2', scoring: pivoted(0.7, 2) },
  { name: 'pivoted s=0.5, title x3', scoring: pivoted(0.5, 3) },
  { name: 'pivoted s=0.5, title x2, idf ln(N/df)', scoring: pivoted(0.5, 2, { idf: 'plain' }) },
  { name: 'pivoted s=0.5, title x2, raw tf', scoring: pivoted(0.5, 2, { tf: 'raw' }) },
  { name: 'pivoted s=0.5, title x2, tf 1+ln(1+ln tf)', scoring: pivoted(0.5, 2, { tf: 'log-log' }) },
  { name: 'ltc.ltc (idf both sides) s=0.5, title x2', scoring: pivoted(0.5, 2, { paragraphIdf: true }) },
  {
    name: 'Lnu.ltu pivoted unique s=0.3, title x2',
    scoring: { ...COSINE, normalization: { kind: 'pivoted-unique', slope: 0.3 }, titleWeight: 2 },
  },
  {
    name: 'pivoted on token length s=0.3, title x2',
    scoring: { ...COSINE, normalization: { kind: 'pivoted-length', slope: 0.3 }, titleWeight: 2 },
  },
  { name: 'BM25 k1=1.2 b=0.75', scoring: { ...BM25_COMPARISON.scoring, titleWeight: 0 } },
  BM25_COMPARISON,
  {
    name: 'BM25 k1=2.0 b=0.75, title x2',
    scoring: { ...BM25_COMPARISON.scoring, normalization: { kind: 'bm25', k1: 2, b: 0.75 } },
  },
];
