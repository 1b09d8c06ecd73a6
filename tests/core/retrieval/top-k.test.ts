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

  it('equals sorting and cutting when the items come in any order (ties still to the smaller item)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 120 }),
        fc.nat(20),
        fc.nat(),
        (scores, k, seed) => {
          const items = scores
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b);
          const scoreOf = (i: number): number => scores[i] ?? 0;
          const expected = [...items].sort((a, b) => scoreOf(b) - scoreOf(a) || a - b).slice(0, k);
          expect(selectTopK(items, scoreOf, k)).toEqual(expected);
        },
      ),
    );
  });
});
