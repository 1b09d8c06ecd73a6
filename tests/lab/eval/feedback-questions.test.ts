import { describe, expect, it } from 'vitest';
import {
  buildParagraphLookup,
  convertFeedbackToQuestions,
  type FeedbackVoteInput,
} from '../../../lab/eval/feedback-questions.js';
import { questionSetSchema } from '../../../lab/eval/question-set.js';
import { realDocuments } from '../../support/real-corpus.js';

const lookup = buildParagraphLookup(realDocuments);
const kept = realDocuments.flatMap((d) => d.paragraphs.filter((p) => !p.excluded).map((p) => ({ p, d })));
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the real corpus should have ${what}`);
  return value;
}
const a = required(kept[0], 'a kept paragraph');
const b = required(kept[1], 'two kept paragraphs');
const other = required(
  kept.find((k) => k.d.outlet !== a.d.outlet),
  'two outlets',
);
const furniture = required(
  realDocuments.flatMap((d) => d.paragraphs).find((p) => p.excluded),
  'furniture',
);

function vote(overrides: Partial<FeedbackVoteInput>): FeedbackVoteInput {
  return { answerId: 1, question: 'Who is Carter Page?', paragraphIds: [a.p.id], vote: 'helpful', ...overrides };
}

describe('convertFeedbackToQuestions', () => {
  it('turns a helpful answer into an answer item with the quoted paragraphs as evidence and their outlet', () => {
    const set = convertFeedbackToQuestions([vote({ paragraphIds: [a.p.id, b.p.id] })], lookup);
    expect(set.questions).toEqual([
      {
        id: 'f001',
        question: 'Who is Carter Page?',
        expect: 'answer',
        outlet: a.d.outlet,
        evidence: [a.p.text, b.p.text],
      },
    ]);
    expect(set.needsLabel).toEqual([]);
    expect(questionSetSchema.safeParse(set).success).toBe(true);
  });

  it('leaves out questions voted only "not relevant" and lists them for a person to label', () => {
    const set = convertFeedbackToQuestions(
      [vote({ vote: 'not-relevant' }), vote({ answerId: 2, vote: 'not-relevant', question: '  who is carter PAGE? ' })],
      lookup,
    );
    expect(set.questions).toEqual([]);
    expect(set.needsLabel).toEqual([
      {
        question: 'Who is Carter Page?',
        reason: 'only-not-relevant',
        helpful: 0,
        notRelevant: 2,
        paragraphIds: [a.p.id],
      },
    ]);
  });

  it('counts an answer as helpful only with more helpful than "not relevant" votes', () => {
    const tie = convertFeedbackToQuestions([vote({}), vote({ vote: 'not-relevant' })], lookup);
    expect(tie.questions).toEqual([]);
    expect(tie.needsLabel).toMatchObject([{ reason: 'disputed', helpful: 1, notRelevant: 1 }]);
    const majority = convertFeedbackToQuestions(
      [
        vote({}),
        vote({}),
        vote({ vote: 'not-relevant' }),
        vote({ answerId: 2, paragraphIds: [b.p.id], vote: 'not-relevant' }),
      ],
      lookup,
    );
    expect(majority.questions).toMatchObject([{ evidence: [a.p.text] }]);
  });

  it('expects no outlet when the helpful paragraphs come from several', () => {
    const set = convertFeedbackToQuestions([vote({ paragraphIds: [a.p.id, other.p.id] })], lookup);
    expect(set.questions[0]).not.toHaveProperty('outlet');
    expect(set.questions[0]).toMatchObject({ evidence: [a.p.text, other.p.text] });
  });

  it('drops paragraphs the corpus no longer has or marks as furniture', () => {
    const set = convertFeedbackToQuestions([vote({ paragraphIds: ['gone#1', furniture.id] })], lookup);
    expect(set.questions).toEqual([]);
    expect(set.needsLabel).toMatchObject([{ reason: 'paragraphs-gone' }]);
  });
});
