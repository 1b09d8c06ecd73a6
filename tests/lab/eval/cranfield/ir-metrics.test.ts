import { describe, expect, it } from 'vitest';
import {
  averagePrecision,
  gainOfGrade,
  meanMetrics,
  ndcgAt,
  precisionAt,
  reciprocalRankAt,
} from '../../../../lab/eval/cranfield/ir-metrics.js';

// A hand-worked question. Judged: a grade 1 (gain 4), b grade 3 (gain 2), c grade 4 (gain 1), s grade -1
// (the source paper: gain 0, not relevant). Three relevant documents in all; b is never retrieved.
const judgments = new Map([
  ['a', gainOfGrade(1)],
  ['b', gainOfGrade(3)],
  ['c', gainOfGrade(4)],
  ['s', gainOfGrade(-1)],
]);
// Retrieved: s (not relevant), a (relevant), x (unjudged), c (relevant).
const ranking = ['s', 'a', 'x', 'c'];

describe('Cranfield metrics on a hand-worked example', () => {
  it('maps grades to gains 5 - grade, and -1 to not relevant', () => {
    expect([1, 2, 3, 4, -1].map(gainOfGrade)).toEqual([4, 3, 2, 1, 0]);
  });

  it('averages precision over all relevant documents, counting the missed one as zero', () => {
    // a at rank 2: precision 1/2; c at rank 4: precision 2/4; b never found. (1/2 + 2/4 + 0) / 3 = 1/3.
    expect(averagePrecision(ranking, judgments)).toBeCloseTo(1 / 3, 12);
  });

  it('divides P@10 by ten even when fewer were retrieved', () => {
    expect(precisionAt(10, ranking, judgments)).toBeCloseTo(0.2, 12);
  });

  it('takes the reciprocal rank of the first relevant document, and 0 past the cut', () => {
    expect(reciprocalRankAt(10, ranking, judgments)).toBe(0.5);
    expect(reciprocalRankAt(1, ranking, judgments)).toBe(0);
  });

  it('computes nDCG@10 with gain / log2(rank + 1) against the ideal order of all judged gains', () => {
    // DCG  = 0/log2(2) + 4/log2(3) + 0/log2(4) + 1/log2(5) = 2.523719 + 0.430677 = 2.954396
    // IDCG = 4/log2(2) + 2/log2(3) + 1/log2(4)             = 4 + 1.261860 + 0.5  = 5.761860
    expect(ndcgAt(10, ranking, judgments)).toBeCloseTo(2.954396 / 5.76186, 6);
    expect(ndcgAt(10, ranking, judgments)).toBeCloseTo(0.51275, 5);
    // The ideal ranking scores 1; a ranking of only non-relevant documents scores 0.
    expect(ndcgAt(10, ['a', 'b', 'c'], judgments)).toBeCloseTo(1, 12);
    expect(ndcgAt(10, ['s', 'x'], judgments)).toBe(0);
  });

  it('averages over questions, an empty ranking counting as zero', () => {
    const mean = meanMetrics([
      { ranking: ['a', 'b', 'c'], judgments },
      { ranking: [], judgments },
    ]);
    expect(mean.map).toBeCloseTo(0.5, 12);
    expect(mean.mrr10).toBeCloseTo(0.5, 12);
    expect(mean.p10).toBeCloseTo(0.15, 12);
    expect(mean.ndcg10).toBeCloseTo(0.5, 12);
  });
});
