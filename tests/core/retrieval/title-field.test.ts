// The title as a weighted field: worth `titleWeight` occurrences to its document, shared by the
// document's indexed paragraphs, so a one-paragraph abstract gets all of it and a long article little.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { analyzeQuestion, rankParagraphs } from '../../../src/core/retrieval/rank.js';
import { DEFAULT_SCORING } from '../../../src/core/retrieval/score.js';
import { makeDocument } from '../../support/make-document.js';

const documents = [
  makeDocument('short', 'Ice sheets are melting.', 'Glacier retreat'),
  makeDocument('long', 'Ice sheets are melting.\n\nRivers flood.\n\nCities adapt.\n\nFarms change.', 'Glacier retreat'),
];

const scoresFor = (titleWeight: number, question: string) => {
  const index = buildIndex(documents, { scoring: { ...DEFAULT_SCORING, titleWeight } });
  const ranked = rankParagraphs(index, analyzeQuestion(index, question).terms, { limit: 10 });
  return new Map(ranked.map((r) => [index.paragraphs[r.paragraphIndex]?.paragraph.id, r.score]));
};

describe('title field', () => {
  it('makes every paragraph findable by its title words, with weight 0 leaving the title out', () => {
    expect(scoresFor(0, 'glacier').size).toBe(0);
    expect(scoresFor(2, 'glacier').size).toBe(5);
  });

  it('gives a one-paragraph document more of its title than each paragraph of a long one', () => {
    const scores = scoresFor(2, 'glacier');
    expect(scores.get('short#1') ?? 0).toBeGreaterThan(scores.get('long#1') ?? 0);
    expect(scores.get('long#2')).toBeCloseTo(scores.get('long#3') ?? 0, 6);
  });

  it('keeps the body the main evidence in a long document', () => {
    // "ice" is in long#1's text; "glacier" reaches long#1 only through a quarter share of the title.
    const scores = scoresFor(2, 'ice glacier');
    expect(scores.get('long#1') ?? 0).toBeGreaterThan(scores.get('long#2') ?? 0);
  });
});
