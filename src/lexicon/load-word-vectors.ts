// GloVe word vectors from the compact file scripts/build-word-vectors.mjs writes at install (layout
// documented there): one read of ~11 MB; a word is found by binary search over the sorted words' bytes
// and its vector dequantised only when asked for, so loading builds no table of 100k words. The file
// holds the vectors already post-processed ("all-but-the-top": mean and top principal directions
// removed, length one), so dequantising is one multiply per dimension. If the file is missing or
// unreadable, loadWordVectors says why and the bot answers on exact words (the caller logs that once).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeInPlace, type WordVectors } from '../core/text/word-vectors.js';

export const DEFAULT_WORD_VECTORS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '.cache',
  'word-vectors.bin',
);
const HEADER_BYTES = 24;
const VERSION = 3;
const PLAIN_WORD = /^[a-z][a-z'-]*$/;

export class GloveVectors implements WordVectors {
  private readonly cache = new Map<string, Float32Array | undefined>();

  constructor(
    readonly dims: number,
    private readonly scales: Float32Array,
    private readonly wordStart: Uint32Array,
    private readonly values: Int8Array,
    private readonly words: Buffer,
  ) {}

  get size(): number {
    return this.scales.length;
  }

  /** The word of row `row` (rows are in alphabetical order): for tools that walk the vocabulary. */
  wordAt(row: number): string {
    return this.words.toString('latin1', this.wordStart[row], this.wordStart[row + 1]);
  }

  vectorOf(word: string): Float32Array | undefined {
    if (this.cache.has(word)) return this.cache.get(word);
    const row = PLAIN_WORD.test(word) ? this.findRow(word) : -1;
    const vector = row < 0 ? undefined : this.dequantize(row);
    if (this.cache.size < 200_000) this.cache.set(word, vector);
    return vector;
  }

  /**
   * The row of `word` among the sorted words, or -1. Rows are compared in place: a string per probe
   * (17 of them a word) made this most of the index's word-vector build on a large vocabulary.
   */
  private findRow(word: string): number {
    let low = 0;
    let high = this.scales.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareRow(middle, word);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Row `row`'s word against `word`, as `<` orders strings: latin1 bytes are their own code units. */
  private compareRow(row: number, word: string): number {
    const start = this.wordStart[row] as number;
    const length = (this.wordStart[row + 1] as number) - start;
    const shared = Math.min(length, word.length);
    for (let i = 0; i < shared; i += 1) {
      const difference = (this.words[start + i] as number) - word.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  }

  /** Scale × int8, renormalised: rounding leaves the length off one by about 0.5%. */
  private dequantize(row: number): Float32Array {
    const { dims } = this;
    const scale = this.scales[row] as number;
    const vector = new Float32Array(dims);
    for (let i = 0; i < dims; i += 1) vector[i] = (this.values[row * dims + i] as number) * scale;
    return normalizeInPlace(vector);
  }
}

export type LoadedWordVectors = { vectors: GloveVectors } | { problem: string };

const REBUILD = 'rebuild: node scripts/build-word-vectors.mjs --force';

export function loadWordVectors(file: string = DEFAULT_WORD_VECTORS_FILE): LoadedWordVectors {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT'
          ? `${file} is missing (run npm ci, or node scripts/build-word-vectors.mjs)`
          : `${file}: ${String(error)}`,
    };
  }
  if (bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, 4) !== 'SAWV' || bytes.readUInt32LE(4) !== VERSION)
    return { problem: `${file} is not a word-vector file of version ${VERSION} (${REBUILD})` };
  const dims = bytes.readUInt32LE(8);
  const count = bytes.readUInt32LE(12);
  const wordBytes = bytes.readUInt32LE(20);
  const startsStart = HEADER_BYTES + count * 4;
  const vectorsStart = startsStart + (count + 1) * 4;
  if (bytes.length !== vectorsStart + count * dims + wordBytes)
    return { problem: `${file} is truncated or damaged (${REBUILD})` };
  // Copies, so the typed arrays are aligned whatever offset Node gave the file's buffer.
  const at = bytes.byteOffset;
  const scales = new Float32Array(bytes.buffer.slice(at + HEADER_BYTES, at + startsStart));
  const wordStart = new Uint32Array(bytes.buffer.slice(at + startsStart, at + vectorsStart));
  const values = new Int8Array(bytes.buffer, at + vectorsStart, count * dims);
  if (wordStart[count] !== wordBytes) return { problem: `${file}: its word table is damaged (${REBUILD})` };
  return { vectors: new GloveVectors(dims, scales, wordStart, values, bytes.subarray(vectorsStart + count * dims)) };
}

let shared: GloveVectors | undefined | null = null;

/** One set of word vectors per process; WORD_VECTORS_FILE overrides where it is read from. */
export function sharedWordVectors(): GloveVectors | undefined {
  if (shared === null) {
    const loaded = loadWordVectors(process.env.WORD_VECTORS_FILE || DEFAULT_WORD_VECTORS_FILE);
    if ('problem' in loaded) {
      process.stderr.write(`word vectors unavailable: ${loaded.problem}; answering without them\n`);
      shared = undefined;
    } else shared = loaded.vectors;
  }
  return shared;
}
