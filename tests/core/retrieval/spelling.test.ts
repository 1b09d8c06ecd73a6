import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  allowedEdits,
  correctionCost,
  correctWord,
  findClosestWord,
  searchCorrection,
} from '../../../src/core/retrieval/spelling.js';
import * as distance from '../../../src/core/text/edit-distance.js';

// Counts every edit-distance computation, so the tests can bound the work per word.
vi.mock('../../../src/core/text/edit-distance.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/text/edit-distance.js')>();
  return { ...original, editDistance: vi.fn(original.editDistance) };
});
const editDistanceCalls = (): number => vi.mocked(distance.editDistance).mock.calls.length;

const words = new Map([
  ['manafort', 3],
  ['sechin', 2],
  ['cut', 1],
  ['flynn', 4],
  ['sergei', 2],
  ['letter', 2],
  ['later', 2],
  ['whether', 3],
]);
const english = { isWord: (w: string) => ['weather', 'cup', 'printer'].includes(w) };

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

describe('correctWord', () => {
  it('prefers a doubled letter to a changed one when both are one edit ("leter" is "letter", not "later")', () => {
    expect(correctWord('leter', words, english)).toBe('letter');
  });

  it('finds names misspelled by ear through Double Metaphone', () => {
    expect(correctWord('flyn', words, english)).toBe('flynn');
    expect(correctWord('sergay', words, english)).toBe('sergei');
    expect(correctWord('manaford', words, english)).toBe('manafort');
  });

  it('never turns a real English word into a different corpus word', () => {
    expect(correctWord('weather', words, english)).toBeNull();
    expect(correctWord('weather', words, undefined)).toBe('whether');
  });
});

describe('editDistance', () => {
  it('is restricted Damerau-Levenshtein, and stops at max + 1', () => {
    expect(distance.editDistance('manafort', 'manfort')).toBe(1);
    expect(distance.editDistance('ab', 'ba')).toBe(1);
    expect(distance.editDistance('ca', 'abc')).toBe(3);
    expect(distance.editDistance('kitten', 'sitting')).toBe(3);
    expect(distance.editDistance('kitten', 'sitting', 1)).toBe(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const full = distance.editDistance(a, b);
        expect(distance.editDistance(b, a)).toBe(full);
        expect(distance.editDistance(a, b, 2)).toBe(Math.min(full, 3));
      }),
    );
  });
});

describe('findClosestWord against a scan of every word', () => {
  // For words of up to seven letters (one edit allowed) the deletion index only skips words that cannot be
  // close enough, so the answer must be the one a plain scan of the whole dictionary gives, with the same
  // costs and tie-breaks. (Two-edit words are searched by deletions only: spelling.ts says what that misses.)
  const scanAll = (word: string, dictionary: ReadonlyMap<string, number>, maxEdits: number): string | null => {
    if (maxEdits <= 0 || /^\d+$/.test(word)) return null;
    let best: { word: string; cost: number; frequency: number } | null = null;
    for (const [candidate, frequency] of dictionary) {
      if (/^\d+$/.test(candidate) || candidate === word) continue;
      const cost = correctionCost(word, candidate, maxEdits, false);
      if (cost === null) continue;
      const better =
        best === null ||
        cost < best.cost - 1e-9 ||
        (Math.abs(cost - best.cost) <= 1e-9 &&
          (frequency > best.frequency || (frequency === best.frequency && candidate < best.word)));
      if (better) best = { word: candidate, cost, frequency };
    }
    return best?.word ?? null;
  };
  const shortWord = fc.stringMatching(/^[abcdeé1]{1,7}$/);

  it('agrees on random dictionaries and words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(shortWord, fc.integer({ min: 1, max: 3 })), { maxLength: 60 }),
        shortWord,
        (entries, word) => {
          const dictionary = new Map(entries);
          const maxEdits = allowedEdits(word);
          expect(findClosestWord(word, dictionary, maxEdits)).toBe(scanAll(word, dictionary, maxEdits));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('bounded work per word (issue 14: one invented word must not scan the vocabulary)', () => {
  // 30,000 made-up words of 5-12 letters over a small alphabet, so that many share lengths and letters:
  // the old length-bucket scan compared an invented word with thousands of them.
  const random = fc.sample(fc.stringMatching(/^[a-h]{5,12}$/), { numRuns: 30_000, seed: 7 });
  const dictionary = new Map(random.map((w, i) => [w, 1 + (i % 5)]));
  const invented = fc.sample(fc.stringMatching(/^[a-h]{8,24}$/), { numRuns: 200, seed: 8 });

  it('compares at most maxCandidates (60) words per question word, whatever the vocabulary', () => {
    searchCorrection('abcdefgh', dictionary, 2); // builds the deletion index once
    for (const word of invented) {
      const before = editDistanceCalls();
      const { checked } = searchCorrection(word, dictionary, allowedEdits(word), { ...defaults(), phonetic: true });
      const calls = editDistanceCalls() - before;
      expect(calls).toBe(checked);
      expect(calls).toBeLessThanOrEqual(60);
    }
    expect(invented.length).toBe(200);
  });
});

function defaults() {
  return {
    minLengthOneEdit: 5,
    minLengthTwoEdits: 8,
    minLengthPhonetic: 4,
    maxLength: 24,
    maxCandidates: 60,
  };
}
