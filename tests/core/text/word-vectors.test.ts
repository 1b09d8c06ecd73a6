import { describe, expect, it } from 'vitest';
import { normalizeInPlace, normalizeRow, vectorRow } from '../../../src/core/text/word-vectors.js';

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
