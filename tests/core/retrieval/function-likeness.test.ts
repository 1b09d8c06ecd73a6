// Function-likeness in the real GloVe file: ordinary words sit near the stopwords, words with a subject
// do not. The split is what vector bridging relies on (bridge-words.ts, maxFunctionLikeness).
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRIDGE } from '../../../src/core/retrieval/bridge-words.js';
import { isFunctionLikeWord, measureFunctionLikeness } from '../../../src/core/retrieval/function-likeness.js';
import type { WordVectors } from '../../../src/core/text/word-vectors.js';
import { sharedWordVectors } from '../../../src/lexicon/load-word-vectors.js';
import { makeWordVectors } from '../../support/make-word-vectors.js';

const vectors = sharedWordVectors();

describe('measureFunctionLikeness', () => {
  it('puts ordinary words above the bridging limit and subject words below it', () => {
    if (vectors === undefined) throw new Error('the word vectors are missing: run npm ci');
    const likeness = (word: string): number => {
      const vector = vectors.vectorOf(word);
      if (vector === undefined) throw new Error(`no vector for ${word}`);
      return measureFunctionLikeness(vectors, vector);
    };
    for (const word of ['else', 'anything', 'nothing', 'going', 'lot'])
      expect(likeness(word)).toBeGreaterThan(DEFAULT_BRIDGE.maxFunctionLikeness);
    for (const word of ['ambassador', 'sanctions', 'intelligence', 'oligarchs', 'election'])
      expect(likeness(word)).toBeLessThan(DEFAULT_BRIDGE.maxFunctionLikeness);
  });

  it('judges question words by their vector, and a word without one is never function-like', () => {
    const index = { embedding: vectors === undefined ? undefined : { vectors } };
    expect(isFunctionLikeWord(index, 'basically')).toBe(true);
    expect(isFunctionLikeWord(index, 'subway')).toBe(false);
    expect(isFunctionLikeWord(index, 'zqxvbn')).toBe(false);
    expect(isFunctionLikeWord({ embedding: undefined }, 'basically')).toBe(false);
  });

  it('averages the nearest stopwords, leaving out the word itself, and is 0 without any', () => {
    const fake = makeWordVectors({ the: [1, 0], of: [0.8, 0.6], zebra: [0, 1] });
    // "the" itself is skipped; "of" is the only other stopword with a vector.
    expect(measureFunctionLikeness(fake, Float32Array.from([1, 0]))).toBeCloseTo(0.8, 5);
    const none: WordVectors = { dims: 2, vectorOf: () => undefined };
    expect(measureFunctionLikeness(none, Float32Array.from([1, 0]))).toBe(0);
  });
});
