import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addScaledRow,
  dotRow,
  normalizeInPlace,
  normalizeRow,
  vectorRow,
} from '../../../src/core/text/word-vectors.js';

describe('rows of a vector matrix', () => {
  const matrix = () => Float32Array.from([1, 2, 3, 4, 0, 0]);

  it('vectorRow is row i as a view: its values, and writes reach the matrix', () => {
    const m = matrix();
    expect([...vectorRow(m, 1, 2)]).toEqual([3, 4]);
    vectorRow(m, 0, 2)[1] = 9;
    expect([...m]).toEqual([1, 9, 3, 4, 0, 0]);
  });

  it('normalizeRow scales one row to length one, exactly as normalizeInPlace, and leaves the others alone', () => {
    const m = matrix();
    normalizeRow(m, 2, 2);
    expect([...m]).toEqual([1, 2, 0.6000000238418579, 0.800000011920929, 0, 0]);
    expect([...m.subarray(2, 4)]).toEqual([...normalizeInPlace(Float32Array.from([3, 4]))]);
    normalizeRow(m, 4, 2);
    expect([...m.subarray(4)]).toEqual([0, 0]);
  });
});

// Both are unrolled four a step for speed; each must give the bits of the plain one-at-a-time loop,
// whatever the length (a remainder of 0 to 3 after the unrolled part) and wherever the row starts.
describe('dotRow and addScaledRow', () => {
  const floats = fc.float({ noNaN: true, min: -1e6, max: 1e6 });
  const rowAndVector = fc
    .integer({ min: 0, max: 13 })
    .chain((length) =>
      fc.tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.array(floats, { minLength: length + 5, maxLength: length + 5 }),
        fc.array(floats, { minLength: length, maxLength: length }),
        fc.double({ noNaN: true, min: -1e3, max: 1e3 }),
      ),
    );

  it('dotRow adds the products in order, as a plain loop does', () => {
    fc.assert(
      fc.property(rowAndVector, ([start, values, vector, _]) => {
        const row = Float32Array.from(values);
        const v = Float32Array.from(vector);
        let plain = 0;
        for (let d = 0; d < v.length; d += 1) plain += (row[start + d] as number) * (v[d] as number);
        expect(Object.is(dotRow(row, start, v), plain)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('addScaledRow rounds each element as a plain Float32Array loop does', () => {
    fc.assert(
      fc.property(rowAndVector, ([start, values, initial, weight]) => {
        const row = Float32Array.from(values);
        const plain = Float32Array.from(initial);
        for (let d = 0; d < plain.length; d += 1) plain[d] = (plain[d] as number) + weight * (row[start + d] as number);
        const sum = Float32Array.from(initial);
        addScaledRow(sum, weight, row, start);
        expect([...sum]).toEqual([...plain]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives a known dot product and a known scaled sum', () => {
    const row = Float32Array.from([9, 1, 2, 3, 4, 5]);
    expect(dotRow(row, 1, Float32Array.from([1, 1, 1, 1, 2]))).toBe(20);
    const sum = Float32Array.from([1, 1, 1, 1, 1]);
    addScaledRow(sum, 0.5, row, 1);
    expect([...sum]).toEqual([1.5, 2, 2.5, 3, 3.5]);
  });
});
