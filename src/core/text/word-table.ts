// Turning a text into word ids without making a string per token. Building the index met each of
// millions of tokens as a fresh string from split() and then hashed it into a Map, which was most of
// the build; here the normalised text is scanned once, each word hashed as it is read, and looked up in
// an open-addressing table that compares in place. A string is made only for a word never seen before.
//
// The words are exactly those of tokenizeWords(): natural's AggressiveTokenizer splits on anything
// outside [a-zA-Z0-9'\-/] and normalisation turns ' - / into spaces, so a word is a maximal run of
// ASCII letters and digits; single characters other than digits are dropped. The text comes from
// normalizeForScan, which may leave ASCII capitals and those three characters in: the scanner reads
// them as lower case and as separators. tests/core/text/word-table.test.ts checks the two agree on
// arbitrary text.
import { normalizeForScan } from './normalize-for-scan.js';

/** A letter or digit: what natural's tokenizer keeps once normalisation has split on ' - and /. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** ASCII capitals to lower case (the only letters left: isWordCode admits nothing else). */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

export class WordTable {
  /** Every distinct word met so far; a word's id is its position here (order of first occurrence). */
  readonly words: string[] = [];
  /** After scanText: the ids of its words, in order, at ids[0 .. count - 1]. */
  ids = new Int32Array(256);
  private hashes = new Int32Array(1 << 11);
  private slots = new Int32Array(1 << 12).fill(-1);
  /** 32 - log2(slots.length): the slot is the top bits of the mixed hash. */
  private shift = 20;

  /** Scans one text; returns how many words it holds (their ids are in `ids`). */
  scanText(text: string): number {
    const s = normalizeForScan(text);
    const length = s.length;
    let ids = this.ids;
    let count = 0;
    let i = 0;
    while (i < length) {
      let c = s.charCodeAt(i);
      if (!isWordCode(c)) {
        i += 1;
        continue;
      }
      const start = i;
      let hash = 0;
      let digit = false;
      do {
        if (c <= 57 && c >= 48) digit = true;
        hash = (Math.imul(hash, 31) + lowerCode(c)) | 0;
        i += 1;
        c = i < length ? s.charCodeAt(i) : 32;
      } while (isWordCode(c));
      if (i - start === 1 && !digit) continue;
      if (count === ids.length) {
        const bigger = new Int32Array(count * 2);
        bigger.set(ids);
        ids = bigger;
        this.ids = ids;
      }
      ids[count] = this.findOrAdd(s, start, i, hash);
      count += 1;
    }
    return count;
  }

  private findOrAdd(s: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const words = this.words;
    const hashes = this.hashes;
    const mask = slots.length - 1;
    const length = end - start;
    // Fibonacci hashing: the top bits of hash × 2^32/φ depend on every bit of the polynomial hash.
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const id = slots[slot] as number;
      if (id < 0) break;
      if (hashes[id] === hash && matchesWord(words[id] as string, s, start, length)) return id;
      slot = (slot + 1) & mask;
    }
    const id = words.length;
    // toLowerCase also copies the slice, so a word never keeps its whole paragraph alive.
    words.push(s.slice(start, end).toLowerCase());
    if (id === hashes.length) {
      const bigger = new Int32Array(id * 2);
      bigger.set(hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = hash;
    slots[slot] = id;
    if (words.length * 2 > slots.length) this.rehash();
    return id;
  }

  /** Keeps the table at most half full, so a probe meets a free slot quickly. */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.shift -= 1;
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id += 1) {
      let slot = Math.imul(this.hashes[id] ?? 0, 0x9e3779b1) >>> this.shift;
      while ((this.slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }
}

/** Whether s[start .. start + length) is `word` once lower-cased, compared in place. */
function matchesWord(word: string, s: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k += 1) if (word.charCodeAt(k) !== lowerCode(s.charCodeAt(start + k))) return false;
  return true;
}
