// Turning a text into word ids without making a string per token. Building the index met each of
// millions of tokens as a fresh string from split() and then hashed it into a Map, which was most of
// the build; here the normalised text is encoded once into a reused byte buffer (TextEncoder.encodeInto,
// native), each word hashed and lower-cased in place as its bytes are read, and looked up in an
// open-addressing table that compares bytes. A string is made only for a word never seen before.
//
// The words are exactly those of tokenizeWords(): natural's AggressiveTokenizer splits on anything
// outside [a-zA-Z0-9'\-/] and normalisation turns ' - / into spaces, so a word is a maximal run of
// ASCII letters and digits; single characters other than digits are dropped. The text comes from
// normalizeForScan, which may leave ASCII capitals and those three characters in: the scanner reads
// them as lower case and as separators. Reading UTF-8 bytes instead of UTF-16 code units finds the same
// runs: every byte of a non-ASCII character is 0x80 or above, a separator like the code unit it encodes
// (a lone surrogate becomes U+FFFD, three such bytes). tests/core/text/word-table.test.ts checks the
// two agree on arbitrary text.
import { normalizeForScan } from './normalize-for-scan.js';

/** A letter or digit: what natural's tokenizer keeps once normalisation has split on ' - and /. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** ASCII capitals to lower case (the only letters left: isWordCode admits nothing else). */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

const encoder = new TextEncoder();
/** Character codes of the word being added (asciiString): one array for every word. */
const codeScratch: number[] = [];
/** Codes passed to String.fromCharCode at once: far below any engine's limit on arguments. */
const CODES_PER_CALL = 4096;

/**
 * bytes[start .. end) (ASCII) as a string, through a reused array rather than a decoder over a subarray
 * view per word; a word longer than CODES_PER_CALL (a text without separators) in pieces.
 */
export function asciiString(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let from = start; from < end; from += CODES_PER_CALL) {
    const to = Math.min(end, from + CODES_PER_CALL);
    codeScratch.length = to - from;
    for (let k = from; k < to; k += 1) codeScratch[k - from] = bytes[k] as number;
    text += String.fromCharCode.apply(null, codeScratch);
  }
  return text;
}

export class WordTable {
  /** Every distinct word met so far; a word's id is its position here (order of first occurrence). */
  readonly words: string[] = [];
  /** After scanText: the ids of its words, in order, at ids[0 .. count - 1]. */
  ids = new Int32Array(256);
  /**
   * Open addressing, four numbers a slot: word id (−1 free), hash, where the word's letters start in
   * `letters`, and its length. A lookup reads one slot and the letters, both in flat typed arrays: the
   * id → hash → string → characters chain it replaced was a cache miss at every step.
   */
  private slots = new Int32Array(4 << 12).fill(-1);
  /** 32 - log2(slot count): the slot is the top bits of the mixed hash. */
  private shift = 20;
  /** Every word's lower-cased letters, end to end (words are ASCII: isWordCode admits nothing else). */
  private letters = new Uint8Array(1 << 16);
  private lettersUsed = 0;
  /** The text being scanned, as UTF-8 (at most three bytes a UTF-16 code unit), lower-cased as it is read. */
  private bytes = new Uint8Array(1 << 16);

  /** Scans one text; returns how many words it holds (their ids are in `ids`). */
  scanText(text: string): number {
    const normalized = normalizeForScan(text);
    if (normalized.length * 3 > this.bytes.length) this.bytes = new Uint8Array(normalized.length * 3);
    const s = this.bytes;
    const length = encoder.encodeInto(normalized, s).written;
    let ids = this.ids;
    let count = 0;
    let i = 0;
    while (i < length) {
      let c = s[i] as number;
      if (!isWordCode(c)) {
        i += 1;
        continue;
      }
      const start = i;
      let hash = 0;
      let digit = false;
      do {
        if (c <= 57 && c >= 48) digit = true;
        const lower = lowerCode(c);
        s[i] = lower;
        hash = (Math.imul(hash, 31) + lower) | 0;
        i += 1;
        c = i < length ? (s[i] as number) : 32;
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

  private findOrAdd(s: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const letters = this.letters;
    const mask = (slots.length >> 2) - 1;
    const length = end - start;
    // Fibonacci hashing: the top bits of hash × 2^32/φ depend on every bit of the polynomial hash.
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const at = slot << 2;
      const id = slots[at] as number;
      if (id < 0) break;
      if (
        slots[at + 1] === hash &&
        slots[at + 3] === length &&
        matchesLetters(letters, slots[at + 2] as number, s, start, length)
      )
        return id;
      slot = (slot + 1) & mask;
    }
    return this.add(s, start, end, hash, slot);
  }

  /** Stores a word met for the first time (already lower-cased in `s`) in free slot `slot`. */
  private add(s: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    const id = this.words.length;
    const length = end - start;
    this.words.push(asciiString(s, start, end));
    if (this.lettersUsed + length > this.letters.length) {
      const bigger = new Uint8Array(Math.max(this.letters.length * 2, this.lettersUsed + length));
      bigger.set(this.letters);
      this.letters = bigger;
    }
    const offset = this.lettersUsed;
    // A plain copy: a subarray view per new word was a fifth of the word table's allocation.
    for (let k = 0; k < length; k += 1) this.letters[offset + k] = s[start + k] as number;
    this.lettersUsed += length;
    const at = slot << 2;
    this.slots[at] = id;
    this.slots[at + 1] = hash;
    this.slots[at + 2] = offset;
    this.slots[at + 3] = length;
    if (this.words.length * 2 > this.slots.length >> 2) this.rehash();
    return id;
  }

  /** Keeps the table at most half full, so a probe meets a free slot quickly. */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(-1);
    this.shift -= 1;
    const mask = (slots.length >> 2) - 1;
    for (let at = 0; at < old.length; at += 4) {
      if ((old[at] as number) < 0) continue;
      let slot = Math.imul(old[at + 1] as number, 0x9e3779b1) >>> this.shift;
      while ((slots[slot << 2] as number) >= 0) slot = (slot + 1) & mask;
      const to = slot << 2;
      for (let k = 0; k < 4; k += 1) slots[to + k] = old[at + k] as number;
    }
    this.slots = slots;
  }
}

/** Whether s[start .. start + length) (lower-cased already) is the stored letters at `offset`. */
function matchesLetters(letters: Uint8Array, offset: number, s: Uint8Array, start: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) if (letters[offset + k] !== s[start + k]) return false;
  return true;
}
