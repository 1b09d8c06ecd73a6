// Bridging a word the corpus lacks (bridge-words.ts): WordNet's neighbours first, each kept only when the
// word vectors agree it is near; the nearest corpus terms in the vector space then fill up to perWord.
// A hand-made lexicon and 3-d vectors, so each expectation follows from what is written here.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRIDGE, findBridges } from '../../../src/core/retrieval/bridge-words.js';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import type { Lexicon } from '../../../src/core/text/lexicon.js';
import { makeDocument } from '../../support/make-document.js';
import { makeWordVectors } from '../../support/make-word-vectors.js';

const RAW: Record<string, number[]> = {
  probe: [1, 0, 0],
  investigation: [0.9, 0.1, 0],
  inquiry: [0.85, 0.2, 0.1],
  // WordNet's "probe" as an instrument: a real sense, far from the one news text uses.
  instrument: [0, 0.2, 1],
};
const vectors = makeWordVectors(RAW);
const lexicon: Lexicon = {
  isWord: (word) => word in RAW,
  relatedWords: (word) => (word === 'probe' ? ['instrument', 'inquiry', 'unknownword'] : []),
};
const index = buildIndex(
  [makeDocument('d', 'The investigation began.\n\nAn inquiry followed.\n\nThe instrument broke.', 'T')],
  {
    lexicon,
    vectors,
  },
);

describe('findBridges', () => {
  it('keeps WordNet neighbours the vectors agree with, then fills with the nearest corpus terms', () => {
    const bridges = findBridges(index, 'probe', new Set(), DEFAULT_BRIDGE).map((b) => b.word);
    // "instrument" is WordNet's but far in the vector space; "inquiry" is both; "investigation" comes
    // from the vectors alone.
    expect(bridges).toEqual(['inquiry', 'investigation']);
  });

  it('uses WordNet alone when the index has no vectors, and nothing when neither knows the word', () => {
    const plain = buildIndex(
      [makeDocument('d', 'The investigation began.\n\nAn inquiry followed.\n\nThe instrument broke.', 'T')],
      {
        lexicon,
      },
    );
    expect(findBridges(plain, 'probe', new Set(), DEFAULT_BRIDGE).map((b) => b.word)).toEqual([
      'instrument',
      'inquiry',
    ]);
    expect(findBridges(index, 'zzqx', new Set(), DEFAULT_BRIDGE)).toEqual([]);
  });
});

describe('findBridges and ordinary words', () => {
  // 4-d: the stopwords "the" and "of" point along the last axis; "matter" leans that way, "inquiry" not.
  const RAW4: Record<string, number[]> = {
    probe: [1, 0, 0, 0],
    inquiry: [0.9, 0.1, 0, 0],
    matter: [0.6, 0, 0, 0.8],
    the: [0, 0, 0, 1],
    of: [0, 0, 0.1, 1],
  };
  const vectors4 = makeWordVectors(RAW4);
  const noWordNet: Lexicon = { isWord: () => false, relatedWords: () => [] };
  const ordinary = buildIndex([makeDocument('d', 'An inquiry followed.\n\nNo matter.', 'T')], {
    lexicon: noWordNet,
    vectors: vectors4,
  });

  it('leaves out a vector neighbour that behaves like a function word ("guy ≈ else")', () => {
    // "matter" is near "probe" (cosine 0.6, above the vector floor) but nearer the stopwords.
    expect(findBridges(ordinary, 'probe', new Set(), DEFAULT_BRIDGE).map((b) => b.word)).toEqual(['inquiry']);
    const anyLikeness = { ...DEFAULT_BRIDGE, maxFunctionLikeness: 1 };
    expect(findBridges(ordinary, 'probe', new Set(), anyLikeness).map((b) => b.word)).toEqual(['inquiry', 'matter']);
  });
});
