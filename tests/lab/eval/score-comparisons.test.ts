import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../../lab/eval/question-set.js';
import { scoreComparisons } from '../../../lab/eval/score-comparisons.js';
import { realIndex } from '../../support/real-corpus.js';

const ask = (id: string, question: string, evidence: string[]): EvalQuestion => ({
  id,
  question,
  expect: 'answer',
  evidence,
});

describe('scoreComparisons', () => {
  it('counts a comparison that quotes the evidence, one that does not, and one with no passage at all', () => {
    const summary = scoreComparisons(realIndex, [
      // Occupy Democrats' paragraph on Page is the only one that says who he is.
      ask('page', 'Who is Carter Page?', ['former Merrill Lynch investment banker']),
      // Same question, evidence no passage holds: shown must not count it.
      ask('wrong', 'Who is Carter Page?', ['words in no paragraph at all']),
      ask('none', 'What is the boiling point of mercury on Neptune?', ['anything']),
      { id: 'skip', question: 'weather in Wellington', expect: 'no_answer' },
    ]);
    expect(summary).toEqual({ answerable: 3, evidenceShown: 1, refused: 1 });
  });
});
