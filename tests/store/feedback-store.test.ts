import { describe, expect, it } from 'vitest';
import { makeAnswerInput } from '../support/answer-input.js';
import { openTempStore } from '../support/temp-store.js';

describe('feedback store', () => {
  it('keeps one vote per member per answer, with the quoted paragraph ids', () => {
    const { store } = openTempStore();
    store.audit.recordAnswer(makeAnswerInput({ messageId: '900', paragraphIds: ['a#1', 'b#2'] }));
    expect(store.feedback.recordVote('900', '1', 'helpful')).toEqual({
      ok: true,
      value: { kind: 'recorded', vote: 'helpful' },
    });
    expect(store.feedback.recordVote('900', '1', 'helpful')).toMatchObject({ value: { kind: 'unchanged' } });
    expect(store.feedback.recordVote('900', '1', 'not-relevant')).toMatchObject({
      value: { kind: 'changed', vote: 'not-relevant', previous: 'helpful' },
    });
    expect(store.feedback.recordVote('900', '2', 'helpful').ok).toBe(true);
    expect(store.feedback.recordVote('404', '2', 'helpful')).toEqual({ ok: true, value: { kind: 'unknown-answer' } });
    const votes = store.feedback.listVotes();
    expect(votes.ok && votes.value).toEqual([
      {
        answerId: 1,
        guildId: '100',
        question: 'Who is Carter Page?',
        paragraphIds: ['a#1', 'b#2'],
        vote: 'not-relevant',
      },
      { answerId: 1, guildId: '100', question: 'Who is Carter Page?', paragraphIds: ['a#1', 'b#2'], vote: 'helpful' },
    ]);
  });

  it('reports totals and puts the least relevant answers first', () => {
    const { store } = openTempStore();
    store.audit.recordAnswer(makeAnswerInput({ messageId: '1', question: 'good one' }));
    store.audit.recordAnswer(makeAnswerInput({ messageId: '2', question: 'bad one' }));
    store.audit.recordAnswer(makeAnswerInput({ messageId: '3', guildId: 'other', question: 'elsewhere' }));
    store.feedback.recordVote('1', 'a', 'helpful');
    store.feedback.recordVote('1', 'b', 'helpful');
    store.feedback.recordVote('2', 'a', 'not-relevant');
    store.feedback.recordVote('3', 'a', 'not-relevant');
    const report = store.feedback.report('100');
    expect(report).toEqual({
      ok: true,
      value: {
        helpful: 2,
        notRelevant: 1,
        answers: [
          expect.objectContaining({ question: 'bad one', helpful: 0, notRelevant: 1 }),
          expect.objectContaining({ question: 'good one', helpful: 2, notRelevant: 0 }),
        ],
      },
    });
  });
});
