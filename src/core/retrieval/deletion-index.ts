// The symmetric-delete index of spelling.ts without a string per key. Every corpus word is stored under
// itself and each of its one-letter deletions; a question word looks up its own deletions. Stored as
// strings in a Map, that was ~10 keys a word (60 MB and a slow garbage collector at 50k paragraphs),
// and a question word of 16 letters made and hashed 137 strings (150 µs), almost always to find
// nothing. Here a key is a 30-bit hash computed over the word with the deleted letters skipped, stored
// with the word's id in one sorted Float64Array; a variant string is made only when its hash is present,
// and a word counts only if it really has that variant (so a hash collision never adds a candidate).
// What a lookup returns, and in which order, is what the Map gave: tests/core/retrieval/deletion-index
// compares the two.

/** Ids share a key's 53 bits with the hash: hash · 2^22 + id, so at most 2^22 words are indexed. */
const ID_BITS = 2 ** 22;
export const MAX_INDEXED_WORDS = ID_BITS;

/**
 * Polynomial hash of `s` without the characters at positions skipA and skipB (−1: none), 30 bits so
 * it is always a small integer (no boxed number even in code V8 has not optimised yet).
 */
function hashWithout(s: string, skipA: number, skipB: number): number {
  let h = 0;
  for (let k = 0; k < s.length; k += 1) if (k !== skipA && k !== skipB) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h >>> 2;
}

/** `s` without the characters at positions a and b (−1: none). */
function without(s: string, a: number, b: number): string {
  if (a < 0) return s;
  if (b < 0) return s.slice(0, a) + s.slice(a + 1);
  const [low, high] = a < b ? [a, b] : [b, a];
  return s.slice(0, low) + s.slice(low + 1, high) + s.slice(high + 1);
}

/** Whether `shorter` is `word` with one character deleted. */
function isOneDeletion(word: string, shorter: string): boolean {
  if (word.length !== shorter.length + 1) return false;
  let k = 0;
  while (k < shorter.length && word.charCodeAt(k) === shorter.charCodeAt(k)) k += 1;
  for (; k < shorter.length; k += 1) if (word.charCodeAt(k + 1) !== shorter.charCodeAt(k)) return false;
  return true;
}

/** Bits of the presence filter: 2^22 bits, 512 kB, about one core's second-level cache. */
const FILTER_BITS = 22;

const NONE: readonly number[] = Object.freeze([]);

/** Top bits of a key's 30-bit hash that pick its bucket: 2^16 buckets, a few keys each at 50k paragraphs. */
const BUCKET_BITS = 16;
const BUCKET_SCALE = ID_BITS * 2 ** (30 - BUCKET_BITS);

/** The bucket of a key (hash · 2^22 + id): its hash's top BUCKET_BITS bits (exact: a power-of-two division). */
const bucketOf = (key: number): number => Math.floor(key / BUCKET_SCALE);

/** The filter bit of a hash (its top bits after a Fibonacci multiply, which mixes every bit in). */
const filterBit = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - FILTER_BITS);

export class DeletionIndex {
  /** hash · 2^22 + id for every (word, stored variant), sorted, duplicates removed. */
  private readonly keys: Float64Array;
  /**
   * One bit per filterBit(hash) of the stored keys. Most variants of a question word are stored under
   * nothing, and a binary search over megabytes of keys is a cache miss a step; the filter answers
   * "certainly absent" with one read. A set bit only means "search".
   */
  private readonly present = new Uint32Array(2 ** (FILTER_BITS - 5));
  /**
   * Keys whose hash has top bits b (of BUCKET_BITS) are keys[bucketStart[b] .. bucketStart[b + 1] - 1]:
   * a lookup the filter lets through binary-searches a handful of keys, not 19 probes over megabytes.
   */
  private readonly bucketStart = new Uint32Array(2 ** BUCKET_BITS + 1);

  constructor(private readonly words: readonly string[]) {
    const count = Math.min(words.length, MAX_INDEXED_WORDS);
    let total = 0;
    for (let id = 0; id < count; id += 1) total += (words[id] as string).length + 1;
    const keys = new Float64Array(total);
    let at = 0;
    for (let id = 0; id < count; id += 1) {
      const word = words[id] as string;
      for (let i = -1; i < word.length; i += 1) {
        const hash = hashWithout(word, i, -1);
        keys[at++] = hash * ID_BITS + id;
        const bit = filterBit(hash);
        this.present[bit >>> 5] = (this.present[bit >>> 5] as number) | (1 << (bit & 31));
      }
    }
    keys.sort();
    let unique = 0;
    for (let k = 0; k < keys.length; k += 1) if (k === 0 || keys[k] !== keys[k - 1]) keys[unique++] = keys[k] as number;
    this.keys = keys.slice(0, unique);
    for (let k = 0; k < unique; k += 1) {
      const bucket = bucketOf(this.keys[k] as number);
      this.bucketStart[bucket + 1] = (this.bucketStart[bucket + 1] as number) + 1;
    }
    for (let b = 0; b < 2 ** BUCKET_BITS; b += 1)
      this.bucketStart[b + 1] = (this.bucketStart[b + 1] as number) + (this.bucketStart[b] as number);
  }

  /**
   * The ids of the words stored under `word` with the characters at positions a and b deleted (−1:
   * none), in id order: the words equal to that variant or one deletion longer than it.
   */
  idsOf(word: string, a: number, b: number): readonly number[] {
    return this.idsUnder(word, hashWithout(word, a, b), a, b);
  }

  /** idsOf with the variant's hash already known (gatherVariants computes it from prefix hashes). */
  private idsUnder(word: string, hash: number, a: number, b: number): readonly number[] {
    const bit = filterBit(hash);
    if (((this.present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return NONE;
    const keys = this.keys;
    const first = hash * ID_BITS;
    const bucket = bucketOf(first);
    let low = this.bucketStart[bucket] as number;
    let high = this.bucketStart[bucket + 1] as number;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((keys[mid] as number) < first) low = mid + 1;
      else high = mid;
    }
    if (low >= keys.length || (keys[low] as number) >= first + ID_BITS) return NONE;
    const ids: number[] = [];
    const variant = without(word, a, b);
    for (let k = low; k < keys.length && (keys[k] as number) < first + ID_BITS; k += 1) {
      const id = (keys[k] as number) - first;
      const stored = this.words[id] as string;
      if (stored === variant || isOneDeletion(stored, variant)) ids.push(id);
    }
    return ids;
  }

  /**
   * Adds to `into` every id stored under a deletion variant of `word` (up to `maxDeletes` ≤ 2 letters
   * deleted), stopping once `into` holds `limit` ids, in the order spelling.ts always looked them up:
   * the word, its one-letter deletions left to right, then the two-letter ones. Each pair of deleted
   * positions is looked up once (the old order met every pair a second time, reversed, when the set
   * could only already hold its ids or be full), so the ids and their insertion order are the same.
   */
  gatherVariants(word: string, maxDeletes: number, into: Set<number>, limit: number): void {
    // Each variant's hash from the word's prefix hashes in a few operations, instead of a pass over the
    // word per variant (a 16-letter word has 120 variants of two deletions): hashWithout's value exactly
    // (variantHash).
    const n = word.length;
    const prefix = prefixHashes(word);
    addUpTo(this.idsUnder(word, (prefix[n] as number) >>> 2, -1, -1), into, limit);
    if (maxDeletes < 1) return;
    for (let i = 0; i < n; i += 1) addUpTo(this.idsUnder(word, variantHash(prefix, n, i, -1), i, -1), into, limit);
    if (maxDeletes < 2) return;
    for (let i = 0; i < n; i += 1)
      for (let j = i + 1; j < n; j += 1) {
        if (into.size >= limit) return;
        addUpTo(this.idsUnder(word, variantHash(prefix, n, i, j), i, j), into, limit);
      }
  }
}

/** Adds ids to `into` in order until it holds `limit` of them. */
export function addUpTo(ids: readonly number[], into: Set<number>, limit: number): void {
  // Indexed, not for-of: most variants find nothing, and this runs for a hundred of them a word.
  for (let k = 0; k < ids.length; k += 1) {
    if (into.size >= limit) return;
    into.add(ids[k] as number);
  }
}

/** 31^k modulo 2^32, as int32, for k up to the longest word met. */
let powers = Int32Array.of(1);
/** prefix[k]: the polynomial hash of a word's first k characters (shared scratch: lookups are synchronous). */
let prefix = new Int32Array(32);

function powerOf31(k: number): number {
  if (k >= powers.length) {
    const grown = new Int32Array(Math.max(k + 1, powers.length * 2));
    grown.set(powers);
    for (let i = powers.length; i < grown.length; i += 1) grown[i] = Math.imul(grown[i - 1] as number, 31);
    powers = grown;
  }
  return powers[k] as number;
}

function prefixHashes(word: string): Int32Array {
  if (word.length + 1 > prefix.length) prefix = new Int32Array(word.length * 2 + 1);
  prefix[0] = 0;
  for (let k = 0; k < word.length; k += 1)
    prefix[k + 1] = (Math.imul(prefix[k] as number, 31) + word.charCodeAt(k)) | 0;
  powerOf31(word.length);
  return prefix;
}

/** The hash of characters [from, to) of the word whose prefix hashes are `prefix`, modulo 2^32. */
function rangeHash(prefix: Int32Array, from: number, to: number): number {
  return ((prefix[to] as number) - Math.imul(prefix[from] as number, powers[to - from] as number)) | 0;
}

/** The hash of x followed by a string of `length` characters whose hash is y. */
function appendHash(x: number, y: number, length: number): number {
  return (Math.imul(x, powers[length] as number) + y) | 0;
}

/**
 * hashWithout(word, a, b) from the prefix hashes of a word of length n: arithmetic modulo 2^32 is what
 * the polynomial hash does, so splitting the word at the deleted letters and joining the pieces gives
 * the same 32 bits.
 */
function variantHash(prefix: Int32Array, n: number, a: number, b: number): number {
  if (b < 0) return appendHash(rangeHash(prefix, 0, a), rangeHash(prefix, a + 1, n), n - a - 1) >>> 2;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const head = appendHash(rangeHash(prefix, 0, low), rangeHash(prefix, low + 1, high), high - low - 1);
  return appendHash(head, rangeHash(prefix, high + 1, n), n - high - 1) >>> 2;
}
