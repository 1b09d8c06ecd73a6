import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dampTermFrequency,
  inverseDocumentFrequency,
  type ParagraphStats,
  pivotedWeight,
} from '../../../src/core/retrieval/score.js';

const cosine = 1;
const pivoted = (slope: number): number => slope;
const paragraphTermWeight = (tf: number, stats: ParagraphStats, slope: number): number =>
  pivotedWeight(tf, stats, slope);
const stats = (norm: number, meanNorm: number): ParagraphStats => ({
  norm,
  meanNorm,
  length: norm ** 2,
  meanLength: meanNorm ** 2,
  uniqueTerms: norm ** 2,
  meanUniqueTerms: meanNorm ** 2,
});

describe('scoring formula', () => {
  it('damps tf as 1 + ln tf, linearly below one occurrence, and never negatively', () => {
    expect(dampTermFrequency(1)).toBe(1);
    expect(dampTermFrequency(Math.E)).toBeCloseTo(2, 12);
    expect(dampTermFrequency(0.25)).toBe(0.25);
    fc.assert(fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), (tf) => dampTermFrequency(tf) >= 0));
  });

  it('smooths idf so that it is positive even for a term in every paragraph', () => {
    expect(inverseDocumentFrequency(10, 10)).toBeCloseTo(Math.log(2), 12);
  });

  it('is plain cosine at slope 1, and for a paragraph of pivot length at any slope', () => {
    expect(paragraphTermWeight(3, stats(4, 7), pivoted(1))).toBeCloseTo(
      paragraphTermWeight(3, stats(4, 7), cosine),
      12,
    );
    expect(paragraphTermWeight(3, stats(7, 7), pivoted(0.5))).toBeCloseTo(
      paragraphTermWeight(3, stats(7, 7), cosine),
      12,
    );
  });

  it('gives short paragraphs less and long paragraphs more than cosine does', () => {
    const short = stats(2, 6);
    const long = stats(12, 6);
    expect(paragraphTermWeight(1, short, pivoted(0.5))).toBeLessThan(paragraphTermWeight(1, short, cosine));
    expect(paragraphTermWeight(1, long, pivoted(0.5))).toBeGreaterThan(paragraphTermWeight(1, long, cosine));
  });
});
