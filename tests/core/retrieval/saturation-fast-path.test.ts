// The build weighs postings of the shipped BM25 weighting with one length factor per paragraph
// (TermWeighting.saturation) instead of a paragraphWeight call per posting: the same numbers, bit for bit.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { DEFAULT_SCORING, SATURATED_BM25 } from '../../../src/core/retrieval/score.js';
import { realDocuments } from '../../support/real-corpus.js';

describe('the saturation fast path', () => {
  it('stores the weights paragraphWeight gives, bit for bit', () => {
    const fast = buildIndex(realDocuments, { scoring: DEFAULT_SCORING });
    const { saturation, ...general } = SATURATED_BM25;
    expect(saturation).toBeDefined();
    const slow = buildIndex(realDocuments, { scoring: { ...DEFAULT_SCORING, weighting: general } });
    expect(Buffer.from(fast.postingWeight.buffer)).toEqual(Buffer.from(slow.postingWeight.buffer));
    expect(fast.postingParagraph).toEqual(slow.postingParagraph);
  });
});
