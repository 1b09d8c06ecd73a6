// Adjacency and feedback on top of the first pass (rerank.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { analyzeQuestion, rankParagraphs, searchParagraphs } from '../../../src/core/retrieval/rank.js';
import { keepFirstPassWinner } from '../../../src/core/retrieval/rerank.js';
import { makeDocument } from '../../support/make-document.js';
import { realIndex } from '../../support/real-corpus.js';

describe('adjacency', () => {
  // Same words, same counts, same length: only the order differs, so BM25 alone ties them.
  const index = buildIndex([
    makeDocument('apart', 'Igor spoke with the minister. Later Sechin left the room quietly.'),
    makeDocument('together', 'Igor Sechin spoke with the minister. Later he left the room quietly.'),
  ]);

  it('breaks a BM25 tie in favour of the paragraph with the question words side by side', () => {
    const analyzed = analyzeQuestion(index, 'Who is Igor Sechin?');
    const first = rankParagraphs(index, analyzed.terms, { limit: 2 });
    expect(first[0]?.score).toBeCloseTo(first[1]?.score ?? 0, 6);
    const { ranked } = searchParagraphs(index, analyzed, { limit: 2 });
    expect(index.paragraphs[ranked[0]?.paragraphIndex ?? -1]?.document.id).toBe('together');
  });
});

describe('feedback', () => {
  it('keeps the first-pass winner first and the scores sorted', () => {
    const winner = { paragraphIndex: 7, score: 0.2 };
    const kept = keepFirstPassWinner(
      winner,
      [
        { paragraphIndex: 3, score: 0.5 },
        { paragraphIndex: 7, score: 0.1 },
        { paragraphIndex: 4, score: 0.05 },
      ],
      3,
    );
    expect(kept.map((r) => r.paragraphIndex)).toEqual([7, 3, 4]);
    expect(kept.map((r) => r.score)).toEqual([0.5, 0.5, 0.05]);
  });

  it('never demotes the first pass winner and returns sorted scores, for any question on the real corpus', () => {
    const words = [...realIndex.wordFrequency.keys()];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), (picked) => {
        const analyzed = analyzeQuestion(realIndex, picked.join(' '));
        const { firstPass, ranked } = searchParagraphs(realIndex, analyzed, { limit: 5 });
        expect(ranked[0]?.paragraphIndex).toBe(firstPass[0]?.paragraphIndex);
        for (let i = 1; i < ranked.length; i += 1)
          expect(ranked[i]?.score ?? 0).toBeLessThanOrEqual(ranked[i - 1]?.score ?? 0);
        expect(new Set(ranked.map((r) => r.paragraphIndex)).size).toBe(ranked.length);
      }),
      { numRuns: 200 },
    );
  });
});
