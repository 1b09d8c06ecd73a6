import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dampTermFrequency,
  inverseDocumentFrequency,
  questionTermWeight,
  saturatedTermWeight,
  sumOfWeights,
} from '../../../src/core/retrieval/score.js';

describe('scoring formula (BM25 as a share of the question weight)', () => {
  it('damps question tf as 1 + ln tf, linearly below one occurrence, and never negatively', () => {
    expect(dampTermFrequency(1)).toBe(1);
    expect(dampTermFrequency(Math.E)).toBeCloseTo(2, 12);
    expect(dampTermFrequency(0.25)).toBe(0.25);
    fc.assert(fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), (tf) => dampTermFrequency(tf) >= 0));
  });

  it("uses BM25's idf, which stays positive even for a term in every paragraph", () => {
    expect(inverseDocumentFrequency(10, 10)).toBeCloseTo(Math.log(1 + 0.5 / 10.5), 12);
    expect(inverseDocumentFrequency(0, 10)).toBe(inverseDocumentFrequency(1, 10));
    expect(inverseDocumentFrequency(1, 100)).toBeGreaterThan(inverseDocumentFrequency(50, 100));
  });

  it('saturates tf: each occurrence adds less, and the weight stays below 1', () => {
    const w = (tf: number): number => saturatedTermWeight(tf, 100, 100);
    expect(w(0)).toBe(0);
    expect(w(1)).toBeCloseTo(1 / 2.2, 12);
    expect(w(2) - w(1)).toBeLessThan(w(1) - w(0));
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        (tf, len) => {
          const weight = saturatedTermWeight(tf, len, 100);
          return weight >= 0 && weight < 1;
        },
      ),
    );
  });

  it('discounts a paragraph longer than average and favours a shorter one at the same tf', () => {
    expect(saturatedTermWeight(1, 200, 100)).toBeLessThan(saturatedTermWeight(1, 100, 100));
    expect(saturatedTermWeight(1, 50, 100)).toBeGreaterThan(saturatedTermWeight(1, 100, 100));
  });

  it('puts scores on a 0..1 scale: question weights are shares that sum to one', () => {
    const weights = [questionTermWeight(1, 3, 100), questionTermWeight(2, 40, 100), questionTermWeight(1, 0, 100)];
    const shares = weights.map((w) => w / sumOfWeights(weights));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
