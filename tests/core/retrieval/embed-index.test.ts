// Word vectors inside the index (embed-index.ts): a question word the corpus lacks is bridged to the
// corpus term nearest in the vector space, and a paragraph that says the same thing in other words is
// lifted by question/paragraph similarity, in proportion to how much of the question the corpus lacks.
// Hand-made 4-d vectors, so each expectation follows from the geometry written here.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/core/retrieval/analyze-question.js';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { findNearestTerms } from '../../../src/core/retrieval/embed-index.js';
import { searchParagraphs } from '../../../src/core/retrieval/rank.js';
import { normalizeInPlace, type WordVectors } from '../../../src/core/text/word-vectors.js';
import { makeDocument } from '../../support/make-document.js';

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

function makeVectors(): WordVectors {
  const table = new Map(Object.entries(RAW).map(([w, v]) => [w, normalizeInPlace(Float32Array.from(v))]));
  return { dims: 4, vectorOf: (word) => table.get(word) };
}

const documents = [
  makeDocument(
    'a',
    'The ambassador met the minister.\n\nA banana orchard grew by the river.\n\nThe storm brought rain.',
    'T',
  ),
];

describe('word vectors in the index', () => {
  const index = buildIndex(documents, { vectors: makeVectors() });
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
