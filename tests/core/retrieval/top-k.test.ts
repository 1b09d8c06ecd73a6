import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectTopK } from '../../../src/core/retrieval/top-k.js';

describe('selectTopK', () => {
  it('equals sorting everything and taking the first k, for any scores', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.nat(30), (scores, k) => {
        const items = scores.map((_, i) => i);
        const scoreOf = (i: number): number => scores[i] ?? 0;
        const expected = [...items].sort((a, b) => scoreOf(b) - scoreOf(a) || a - b).slice(0, k);
        expect(selectTopK(items, scoreOf, k)).toEqual(expected);
      }),
    );
  });
});
