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
  for (const [candidate, frequency] of wordFrequency) {
    if (Math.abs(candidate.length - word.length) > maxEdits || /^\d+$/.test(candidate)) continue;
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
  return best;
}
