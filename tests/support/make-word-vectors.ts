// Hand-made word vectors for tests: each row of `raw` scaled to unit length once, the length of the rows
// their dimensions. Tests that index a few paragraphs use it in place of the GloVe file, so every
// expectation follows from the geometry written in the test.
import { normalizeInPlace, type WordVectors } from '../../src/core/text/word-vectors.js';

export function makeWordVectors(raw: Readonly<Record<string, readonly number[]>>): WordVectors {
  const table = new Map(Object.entries(raw).map(([word, row]) => [word, normalizeInPlace(Float32Array.from(row))]));
  return { dims: Object.values(raw)[0]?.length ?? 0, vectorOf: (word) => table.get(word) };
}
