// The deletion index keeps hashed keys instead of a Map of variant strings (a speed-up). It must give,
// for every variant a question word looks up, the same ids in the same order as that Map: the
// reference below is the earlier implementation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addUpTo, DeletionIndex } from '../../../src/core/retrieval/deletion-index.js';
import { realIndex } from '../../support/real-corpus.js';

/** Every string `word` becomes with 1..maxDeletes letters deleted (and the word itself), in order. */
function collectDeletions(word: string, maxDeletes: number): string[] {
  const into = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < maxDeletes; d += 1) {
    const next: string[] = [];
    for (const w of frontier)
      for (let i = 0; i < w.length; i += 1) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!into.has(shorter)) {
          into.add(shorter);
          next.push(shorter);
        }
      }
    frontier = next;
  }
  return [...into];
}

function referenceIndex(words: readonly string[]): Map<string, number[]> {
  const deletions = new Map<string, number[]>();
  words.forEach((word, id) => {
    for (const v of collectDeletions(word, 1)) deletions.set(v, [...(deletions.get(v) ?? []), id]);
  });
  return deletions;
}

/** What a search gathers: ids in order of first appearance over the variants. */
function gatherReference(reference: Map<string, number[]>, word: string, maxDeletes: number): number[] {
  const seen = new Set<number>();
  for (const v of collectDeletions(word, maxDeletes)) for (const id of reference.get(v) ?? []) seen.add(id);
  return [...seen];
}

function gather(index: DeletionIndex, word: string, maxDeletes: number): number[] {
  const seen = new Set<number>();
  index.gatherVariants(word, maxDeletes, seen, Number.POSITIVE_INFINITY);
  return [...seen];
}

describe('DeletionIndex', () => {
  const words = [...realIndex.wordFrequency.keys()];
  const index = new DeletionIndex(words);
  const reference = referenceIndex(words);

  it('gathers what the Map of variants gathered, in the same order, for corpus words and their typos', () => {
    const sample = words.filter((_, i) => i % 7 === 0);
    for (const word of sample) {
      const typo = `${word.slice(0, 2)}${word.slice(3)}e`;
      for (const w of [word, typo]) expect(gather(index, w, 2)).toEqual(gatherReference(reference, w, 2));
    }
    expect(gather(index, 'letter', 1)).toEqual(gatherReference(reference, 'letter', 1));
    expect(gather(index, sample[3] ?? '', 2).length).toBeGreaterThan(0);
  });

  it('gathers the same for arbitrary words and small vocabularies with repeated letters', () => {
    const word = fc.stringMatching(/^[abrt]{1,9}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, fc.integer({ min: 0, max: 2 }), (vocab, w, d) => {
        expect(gather(new DeletionIndex(vocab), w, d)).toEqual(gatherReference(referenceIndex(vocab), w, d));
      }),
      { numRuns: 500 },
    );
  });

  it('stops at the limit with the first ids an unlimited gather finds', () => {
    const word = fc.stringMatching(/^[abrt]{1,9}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, fc.integer({ min: 0, max: 12 }), (vocab, w, limit) => {
        const deletions = new DeletionIndex(vocab);
        const limited = new Set<number>();
        deletions.gatherVariants(w, 2, limited, limit);
        expect([...limited]).toEqual(gather(deletions, w, 2).slice(0, limit));
      }),
      { numRuns: 500 },
    );
  });
});

describe('addUpTo', () => {
  it('adds ids in order, skipping ones present, until the set holds the limit', () => {
    const into = new Set([5]);
    addUpTo([1, 5, 2, 3, 4], into, 3);
    expect([...into]).toEqual([5, 1, 2]);
    addUpTo([9], into, 3);
    expect([...into]).toEqual([5, 1, 2]);
  });
});
