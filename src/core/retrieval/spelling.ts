// Correcting a misspelled question word against the words the corpus actually uses, so "Manfort" still
// finds Manafort. Only words the index does not know are touched, and only long words: short words
// are too close to too many others ("cup" is one edit from "cut").
import { editDistance } from '../text/natural-parts.js';

export interface SpellingOptions {
  /** Words shorter than this are never corrected. */
  readonly minLengthOneEdit: number;
  /** Words at least this long may be two edits away. */
  readonly minLengthTwoEdits: number;
}

export const DEFAULT_SPELLING: SpellingOptions = { minLengthOneEdit: 5, minLengthTwoEdits: 8 };

export interface Correction {
  readonly from: string;
  readonly to: string;
}

export function allowedEdits(word: string, options: SpellingOptions = DEFAULT_SPELLING): number {
  if (word.length >= options.minLengthTwoEdits) return 2;
  if (word.length >= options.minLengthOneEdit) return 1;
  return 0;
}

/**
 * The closest known word within `maxEdits`, preferring fewer edits, then the more frequent word, then
 * alphabetical order so the answer never depends on map order. Null when nothing is close enough.
 */
export function findClosestWord(
  word: string,
  wordFrequency: ReadonlyMap<string, number>,
  maxEdits: number,
): string | null {
  if (maxEdits <= 0 || /^\d+$/.test(word)) return null;
  let best: string | null = null;
  let bestDistance = maxEdits + 1;
  let bestFrequency = 0;
  const buckets = bucketByLength(wordFrequency);
  const letters = countLetters(word);
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length += 1) {
    for (const [candidate, frequency] of buckets.get(length) ?? []) {
      if (letterDifference(letters, candidate) > 2 * maxEdits) continue;
      const distance = editDistance(word, candidate);
      if (distance > maxEdits) continue;
      const better =
        distance < bestDistance ||
        (distance === bestDistance &&
          (frequency > bestFrequency || (frequency === bestFrequency && best !== null && candidate < best)));
      if (better) {
        best = candidate;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    }
  }
  return best;
}

// Only words within maxEdits of the word's length can be that close, so the dictionary is kept split
// by length (built once per dictionary). Numbers are never candidates.
const bucketCache = new WeakMap<ReadonlyMap<string, number>, Map<number, Array<[string, number]>>>();

function bucketByLength(wordFrequency: ReadonlyMap<string, number>): Map<number, Array<[string, number]>> {
  let buckets = bucketCache.get(wordFrequency);
  if (buckets === undefined) {
    buckets = new Map();
    for (const entry of wordFrequency) {
      if (/^\d+$/.test(entry[0])) continue;
      const bucket = buckets.get(entry[0].length);
      if (bucket) bucket.push(entry);
      else buckets.set(entry[0].length, [entry]);
    }
    bucketCache.set(wordFrequency, buckets);
  }
  return buckets;
}

/** Character counts of a word, by UTF-16 code unit folded to 64 slots: cheap and only ever too low. */
function countLetters(word: string): Int32Array {
  const counts = new Int32Array(64);
  for (let i = 0; i < word.length; i += 1) counts[word.charCodeAt(i) & 63] = (counts[word.charCodeAt(i) & 63] ?? 0) + 1;
  return counts;
}

/**
 * A lower bound on twice the edit distance, far cheaper than the distance: the L1 difference of the
 * character counts. An insertion or deletion changes it by at most 1, a substitution by 2, a swap by 0,
 * so a candidate whose difference exceeds 2 × maxEdits cannot be within maxEdits and is skipped.
 * (Folding characters into 64 slots can only merge counts, which never raises the difference.)
 */
function letterDifference(letters: Int32Array, candidate: string): number {
  const counts = letters.slice();
  let difference = 0;
  for (let i = 0; i < candidate.length; i += 1)
    counts[candidate.charCodeAt(i) & 63] = (counts[candidate.charCodeAt(i) & 63] ?? 0) - 1;
  for (const count of counts) difference += Math.abs(count);
  return difference;
}
