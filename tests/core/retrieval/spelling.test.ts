import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEdits, findClosestWord } from '../../../src/core/retrieval/spelling.js';
import { editDistance } from '../../../src/core/text/natural-parts.js';

const words = new Map([
  ['manafort', 3],
  ['sechin', 2],
  ['cut', 1],
]);

describe('findClosestWord', () => {
  it('corrects a surname one or two edits away', () => {
    expect(findClosestWord('manfort', words, allowedEdits('manfort'))).toBe('manafort');
    expect(findClosestWord('sechni', words, allowedEdits('sechni'))).toBe('sechin');
  });

  it('leaves short words alone: too many words are one edit from them', () => {
    expect(allowedEdits('cup')).toBe(0);
    expect(findClosestWord('cup', words, allowedEdits('cup'))).toBeNull();
  });

  it('returns null when nothing is close enough', () => {
    expect(findClosestWord('printer', words, allowedEdits('printer'))).toBeNull();
  });
});

describe('findClosestWord against a scan of every word', () => {
  // The length buckets and the letter-count bound only skip words that cannot be close enough, so the
  // answer must be the one a plain scan of the whole dictionary gives.
  const scanAll = (word: string, dictionary: ReadonlyMap<string, number>, maxEdits: number): string | null => {
    if (maxEdits <= 0 || /^\d+$/.test(word)) return null;
    let best: string | null = null;
    let bestKey: [number, number] = [maxEdits + 1, 0];
    for (const [candidate, frequency] of dictionary) {
      if (/^\d+$/.test(candidate)) continue;
      const distance = editDistance(word, candidate);
      if (distance > maxEdits) continue;
      const [d, f] = bestKey;
      if (
        distance < d ||
        (distance === d && (frequency > f || (frequency === f && best !== null && candidate < best)))
      ) {
        best = candidate;
        bestKey = [distance, frequency];
      }
    }
    return best;
  };
  const shortWord = fc.stringMatching(/^[abcdeé1]{1,9}$/);

  it('agrees on random dictionaries and words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(shortWord, fc.integer({ min: 1, max: 3 })), { maxLength: 60 }),
        shortWord,
        fc.integer({ min: 0, max: 2 }),
        (entries, word, maxEdits) => {
          const dictionary = new Map(entries);
          expect(findClosestWord(word, dictionary, maxEdits)).toBe(scanAll(word, dictionary, maxEdits));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
