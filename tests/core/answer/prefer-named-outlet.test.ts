import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { indexCorpus } from '../../../src/corpus/index-corpus.js';
import { makeDocument } from '../../support/make-document.js';

// Two outlets report the same vote; the Gazette's paragraph matches the question's words better (it is
// shorter and about the vote), so only the preference puts the Daily Planet first (with none, it is second).
const index = indexCorpus([
  makeDocument('gazette', 'The council vote on the bridge budget is on Monday.', 'City news', 'Gotham Gazette'),
  makeDocument(
    'planet',
    'Critics said the bridge budget is too small, and the vote too early.',
    'Opinion',
    'Daily Planet',
  ),
  makeDocument('weather', 'Rain is expected over the harbour all week.', 'Weather', 'Daily Planet'),
]);

function firstOutlet(question: string): string | undefined {
  const answer = answerQuestion(index, question, { top: 3, model: null });
  return answer.kind === 'quotes' ? answer.results[0]?.outlet : undefined;
}

describe('an outlet named in the question', () => {
  it('puts that outlet first when another matches the words somewhat better', () => {
    expect(firstOutlet('what about the council vote on the bridge budget?')).toBe('Gotham Gazette');
    expect(firstOutlet('what does the daily planet say about the council vote on the bridge budget?')).toBe(
      'Daily Planet',
    );
  });

  it('is a preference, not a filter: the other outlet still follows', () => {
    const answer = answerQuestion(
      index,
      'what does the daily planet say about the council vote on the bridge budget?',
      {
        top: 3,
        model: null,
      },
    );
    expect(answer.kind === 'quotes' && answer.results.map((r) => r.outlet)).toContain('Gotham Gazette');
  });
});
