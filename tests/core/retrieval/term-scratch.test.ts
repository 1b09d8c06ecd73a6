// Reranking keeps per-term marks and votes in scratch arrays shared by every question on an index
// (term-scratch.ts). A question must see them clean: its ranking may not depend on what was asked before.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { analyzeQuestion, searchParagraphs } from '../../../src/core/retrieval/rank.js';
import { termScratchFor } from '../../../src/core/retrieval/term-scratch.js';
import { sharedWordNet } from '../../../src/lexicon/load-wordnet.js';
import { realDocuments } from '../../support/real-corpus.js';

const QUESTIONS = [
  'Who is Carter Page?',
  'What did Flynn discuss with the Russian ambassador?',
  'Igor Sechin Rosneft stake sale',
  'sanctions on Russia after Crimea',
  'Who is Carter Page?',
];

function rankAll(questions: readonly string[]) {
  const index = buildIndex(realDocuments, { lexicon: sharedWordNet() });
  const ranked = questions.map((q) => searchParagraphs(index, analyzeQuestion(index, q), { limit: 5 }));
  return { index, ranked };
}

describe('term scratch', () => {
  it('gives each question the ranking it gets on a fresh index, whatever came before', () => {
    const { ranked } = rankAll(QUESTIONS);
    QUESTIONS.forEach((question, i) => {
      const fresh = rankAll([question]).ranked[0];
      expect(ranked[i]).toEqual(fresh);
    });
    expect(ranked[0]?.ranked.length).toBeGreaterThan(0);
  });

  it('is left all zero after a question', () => {
    const { index } = rankAll(QUESTIONS);
    const { marks, values } = termScratchFor(index);
    expect(marks.some((m) => m !== 0)).toBe(false);
    expect(values.some((v) => v !== 0)).toBe(false);
    expect(marks.length).toBe(index.termIds.size);
  });
});
