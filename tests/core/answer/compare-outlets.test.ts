import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { compareOutlets, listOutlets, toComparisonAnswer } from '../../../src/core/answer/compare-outlets.js';
import { realIndex } from '../../support/real-corpus.js';

const QUESTION = 'Did Russia contact the Trump team during the election?';

describe('compareOutlets', () => {
  it("gives each outlet's best quote, the one asking that outlet alone gives first, strongest first", () => {
    const compared = compareOutlets(realIndex, QUESTION, null);
    expect(compared.kind).toBe('compared');
    if (compared.kind !== 'compared') return;
    expect(compared.results.map((r) => r.outlet).sort()).toEqual(listOutlets(realIndex));
    for (const result of compared.results) {
      const own = answerQuestion(realIndex, QUESTION, { top: 1, outlets: [result.outlet] });
      expect(own.kind === 'quotes' && own.results[0]?.paragraphId).toBe(result.paragraphId);
    }
    const scores = compared.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('asks only the outlets given', () => {
    const compared = compareOutlets(realIndex, QUESTION, ['The Moscow Times']);
    expect(compared.kind === 'compared' && compared.results.map((r) => r.outlet)).toEqual(['The Moscow Times']);
  });

  it('names an outlet with nothing above the threshold instead of quoting it weakly', () => {
    const compared = compareOutlets(realIndex, QUESTION, ['The Moscow Times', 'Daily Planet']);
    expect(compared.kind === 'compared' && compared.silent).toEqual(['Daily Planet']);
  });

  it('is a no-match, with suggestions, when no outlet answers', () => {
    // Two edits from "peskov" and no sound-alike: too far to search, close enough to suggest.
    const compared = compareOutlets(realIndex, 'Who is Pszkov?', null);
    expect(compared).toMatchObject({ kind: 'no-match', suggestions: ['peskov'] });
    expect(toComparisonAnswer(compared)).toBe(compared);
  });
});
