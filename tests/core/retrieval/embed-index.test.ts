// Word vectors inside the index (embed-index.ts): a question word the corpus lacks is bridged to the
// corpus term nearest in the vector space, and a paragraph that says the same thing in other words is
// lifted by question/paragraph similarity, in proportion to how much of the question the corpus lacks.
// Hand-made 4-d vectors, so each expectation follows from the geometry written here.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../lab/bench/synthetic-corpus.js';
import { analyzeQuestion } from '../../../src/core/retrieval/analyze-question.js';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { findNearestTerms, MAX_PARAGRAPH_VECTOR_DF_SHARE } from '../../../src/core/retrieval/embed-index.js';
import { searchParagraphs } from '../../../src/core/retrieval/rank.js';
import { inverseDocumentFrequency } from '../../../src/core/retrieval/score.js';
import { analyzeWord } from '../../../src/core/text/analyze.js';
import { cosine, normalizeInPlace, vectorRow, type WordVectors } from '../../../src/core/text/word-vectors.js';
import { makeDocument } from '../../support/make-document.js';
import { makeWordVectors } from '../../support/make-word-vectors.js';

/** Diplomacy along x, fruit along y, weather along z; no corpus word points along w. */
const RAW: Record<string, number[]> = {
  ambassador: [1, 0.05, 0, 0],
  envoy: [0.95, 0.1, 0.05, 0],
  banana: [0, 1, 0, 0],
  orchard: [0.1, 0.9, 0.1, 0],
  rain: [0, 0, 1, 0],
  storm: [0.05, 0.1, 0.95, 0],
  // Within the similarity floor (0.3) of the weather paragraph, below the bridging floor (0.5) of any word.
  drizzle: [0.1, 0.1, 0.45, 0.88],
};

const documents = [
  makeDocument(
    'a',
    'The ambassador met the minister.\n\nA banana orchard grew by the river.\n\nThe storm brought rain.',
    'T',
  ),
];

describe('word vectors in the index', () => {
  const index = buildIndex(documents, { vectors: makeWordVectors(RAW) });
  const paragraphOf = (p: number | undefined) => (p === undefined ? undefined : index.paragraphs[p]?.paragraph.text);

  it('gives each corpus term with a vector a unit vector, and finds the nearest above a floor', () => {
    const envoy = normalizeInPlace(Float32Array.from(RAW.envoy ?? []));
    expect(index.embedding?.hasVector.reduce((a, b) => a + b, 0)).toBe(5); // ambassador, banana, orchard, storm, rain
    const near = findNearestTerms(index.embedding ?? expect.fail('no embedding'), envoy, 0.5, 5);
    expect(near.map((n) => index.embedding?.termWord[n.termId])).toEqual(['ambassador']);
    expect(findNearestTerms(index.embedding ?? expect.fail('no embedding'), envoy, 0.999, 5)).toEqual([]);
  });

  it('bridges a word the corpus lacks to its nearest corpus word, and reports it', () => {
    const analyzed = analyzeQuestion(index, 'what did the envoy say?');
    expect(analyzed.expansions).toEqual([{ from: 'envoy', to: 'ambassador' }]);
    const first = searchParagraphs(index, analyzed, { limit: 3 }).ranked[0];
    expect(paragraphOf(first?.paragraphIndex)).toMatch(/^The ambassador/);
  });

  it('lifts the paragraph nearest in meaning when the question shares no word with any, nor bridges one', () => {
    const analyzed = analyzeQuestion(index, 'drizzle?');
    expect(analyzed.expansions).toEqual([]);
    expect(analyzed.unknownShare).toBe(1);
    const ranked = searchParagraphs(index, analyzed, { limit: 3 }).ranked;
    expect(ranked.map((r) => paragraphOf(r.paragraphIndex))).toEqual(['The storm brought rain.']);
  });

  it('leaves an index without vectors exactly as it was: no embedding, no question vector', () => {
    const plain = buildIndex(documents);
    expect(plain.embedding).toBeUndefined();
    const analyzed = analyzeQuestion(plain, 'what did the envoy say?');
    expect(analyzed.vector).toBeUndefined();
    expect(analyzed.expansions).toEqual([]);
    expect(searchParagraphs(plain, analyzed, { limit: 3 }).ranked).toEqual([]);
  });

  it('scales the similarity term by the share of the question the corpus lacks: none when it has every word', () => {
    const analyzed = analyzeQuestion(index, 'ambassador minister');
    expect(analyzed.unknownShare).toBe(0);
    const ranked = searchParagraphs(index, analyzed, { limit: 3 }).ranked;
    // Only the paragraph with the words scores: similarity adds nothing to the others.
    expect(ranked).toHaveLength(1);
  });
});

/** A vector for most words, made from the word's letters; every third word by hash has none (as GloVe lacks names). */
function makeHashedVectors(dims: number): WordVectors {
  return {
    dims,
    vectorOf(word) {
      let h = 0;
      for (let i = 0; i < word.length; i += 1) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
      if ((h >>> 0) % 3 === 0) return undefined;
      const vector = new Float32Array(dims);
      for (let d = 0; d < dims; d += 1) {
        h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + d) | 0;
        vector[d] = ((h >>> 8) / 2 ** 24) * 2 - 1;
      }
      return normalizeInPlace(vector);
    },
  };
}

describe('the word vectors of a larger index', () => {
  const corpus = generateCorpus({ paragraphs: 600, seed: 5 }).map((d) =>
    makeDocument(d.id, d.paragraphs.join('\n\n'), d.title),
  );
  const vectors = makeHashedVectors(16);
  const index = buildIndex(corpus, { vectors });
  const embedding = index.embedding ?? expect.fail('no embedding');
  const { dims } = embedding;

  it('gives each term the count-weighted mean of its words’ vectors, at length one', () => {
    const expected = new Float32Array(index.termIds.size * dims);
    for (const [word, count] of index.wordFrequency) {
      const term = analyzeWord(word);
      const t = term === null ? undefined : index.termIds.get(term);
      const vector = vectors.vectorOf(word);
      if (t === undefined || vector === undefined) continue;
      for (let d = 0; d < dims; d += 1)
        expected[t * dims + d] = (expected[t * dims + d] as number) + count * (vector[d] as number);
    }
    for (let t = 0; t < index.termIds.size; t += 1) normalizeInPlace(vectorRow(expected, t, dims));
    expect(embedding.hasVector.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    expect(Buffer.from(embedding.termVectors.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
  });

  it('gives each paragraph Σ wp · idf · v(t) over its terms under the df cap, summed term by term, to the last bit', () => {
    // The plain definition: one pass over the terms in id order, adding into the paragraphs' rows.
    const n = index.paragraphs.length;
    const expected = new Float32Array(n * dims);
    const dfCap = Math.max(1, MAX_PARAGRAPH_VECTOR_DF_SHARE * n);
    let capped = 0;
    for (let t = 0; t < index.termIds.size; t += 1) {
      const df = index.documentFrequency[t] as number;
      if (!embedding.hasVector[t]) continue;
      if (df > dfCap) {
        capped += 1;
        continue;
      }
      const idf = inverseDocumentFrequency(df, n);
      for (let i = index.postingStart[t] as number; i < (index.postingStart[t + 1] as number); i += 1) {
        const weight = idf * (index.postingWeight[i] as number);
        const row = (index.postingParagraph[i] as number) * dims;
        for (let d = 0; d < dims; d += 1)
          expected[row + d] = (expected[row + d] as number) + weight * (embedding.termVectors[t * dims + d] as number);
      }
    }
    for (let p = 0; p < n; p += 1) normalizeInPlace(vectorRow(expected, p, dims));
    expect(capped).toBeGreaterThan(0);
    expect(Buffer.from(embedding.paragraphVectors.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
  });
});

describe('findNearestTerms', () => {
  // Fifty distinct directions shared by every word: many terms have the very same vector, so ties abound.
  const shared = makeHashedVectors(8);
  const bucketed: WordVectors = {
    dims: 8,
    vectorOf: (word) => shared.vectorOf(`w${[...word].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 50, 0)}`),
  };
  const corpus = generateCorpus({ paragraphs: 300, seed: 9 }).map((d) =>
    makeDocument(d.id, d.paragraphs.join('\n\n'), d.title),
  );
  const embedding = buildIndex(corpus, { vectors: bucketed }).embedding ?? expect.fail('no embedding');

  /** The plain definition: every candidate at or above the floor, stable-sorted by similarity, cut. */
  function nearestByDefinition(vector: Float32Array, floor: number, limit: number) {
    const found: Array<{ termId: number; similarity: number }> = [];
    for (const t of embedding.bridgeCandidates) {
      const similarity = cosine(vectorRow(embedding.termVectors, t, embedding.dims), vector);
      if (similarity >= floor) found.push({ termId: t, similarity });
    }
    return found.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }

  it('keeps what sorting every match and cutting keeps, ties in candidate order', () => {
    let ties = 0;
    for (let q = 0; q < 60; q += 1) {
      const vector = shared.vectorOf(`w${q % 50}`) ?? makeHashedVectors(8).vectorOf(`q${q}`);
      if (vector === undefined) continue;
      for (const [floor, limit] of [
        [0.3, 7],
        [-1, 3],
        [0.9, 50],
      ] as const) {
        const expected = nearestByDefinition(vector, floor, limit);
        expect(findNearestTerms(embedding, vector, floor, limit)).toEqual(expected);
        ties += expected.filter((e, i) => i > 0 && expected[i - 1]?.similarity === e.similarity).length;
      }
    }
    expect(embedding.bridgeCandidates.length).toBeGreaterThan(500);
    expect(ties).toBeGreaterThan(50);
  });
});
