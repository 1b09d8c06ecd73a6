// Concentration between adjacency and feedback (rerank-by-concentration.ts).
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { analyzeQuestion, rankParagraphs, searchParagraphs } from '../../../src/core/retrieval/rank.js';
import { DEFAULT_RERANK } from '../../../src/core/retrieval/rerank.js';
import { measureConcentration, rerankByConcentration } from '../../../src/core/retrieval/rerank-by-concentration.js';
import { DEFAULT_SCORING } from '../../../src/core/retrieval/score.js';
import { makeDocument } from '../../support/make-document.js';

const weights = new Map([
  ['pipelin', 0.5],
  ['budget', 0.5],
]);

describe('measureConcentration', () => {
  it('is the share of the matched weight in the best sentence', () => {
    expect(measureConcentration('The pipeline budget grew. Nothing else changed.', weights)).toBe(1);
    expect(measureConcentration('The pipeline opened. The budget grew.', weights)).toBe(0.5);
    expect(measureConcentration('Nothing here matches.', weights)).toBe(0);
  });
});

describe('rerankByConcentration', () => {
  // Same words, same counts, same length, no adjacent pair: BM25 and adjacency tie them; only where the
  // words sit, one sentence or two, differs.
  const index = buildIndex([
    makeDocument('spread', 'Pipeline work began. Budget talks ended.'),
    makeDocument('together', 'Pipeline budget work began. Talks ended.'),
  ]);
  const noAdjacencyOrFeedback = {
    ...DEFAULT_SCORING,
    rerank: {
      ...DEFAULT_RERANK,
      adjacency: { weight: 0, candidates: 0 },
      feedback: { ...DEFAULT_RERANK.feedback, documents: 0 },
    },
  };

  it('breaks a tie in favour of the paragraph whose match sits in one sentence', () => {
    const tied = buildIndex(index.documents, { scoring: noAdjacencyOrFeedback });
    const analyzed = analyzeQuestion(tied, 'what about the pipeline budget?');
    const first = rankParagraphs(tied, analyzed.terms, { limit: 2 });
    expect(first[0]?.score).toBeCloseTo(first[1]?.score ?? 0, 6);
    const { firstPass } = searchParagraphs(tied, analyzed, { limit: 2 });
    expect(tied.paragraphs[firstPass[0]?.paragraphIndex ?? -1]?.document.id).toBe('together');
  });

  it('scales paragraphs past the candidates by 1 − λ, so none passes a candidate', () => {
    const analyzed = analyzeQuestion(index, 'what about the pipeline budget?');
    const ranked = [
      { paragraphIndex: 0, score: 0.5 },
      { paragraphIndex: 1, score: 0.4 },
    ];
    const rescored = rerankByConcentration(index, analyzed.terms, ranked, { weight: 0.2, candidates: 1 });
    expect(rescored.map((r) => r.paragraphIndex)).toEqual([0, 1]);
    expect(rescored[1]?.score).toBeCloseTo(0.4 * 0.8, 9);
    expect(rerankByConcentration(index, analyzed.terms, ranked, { weight: 0, candidates: 5 })).toEqual(ranked);
  });
});
