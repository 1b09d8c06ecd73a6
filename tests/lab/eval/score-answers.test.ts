import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../../lab/eval/question-set.js';
import { normalizeEvidence, scoreQuestion, summarize } from '../../../lab/eval/score-answers.js';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { realDocuments, realIndex } from '../../support/real-corpus.js';

describe('dev-set scoring', () => {
  it('normalises evidence the way the question file describes', () => {
    expect(normalizeEvidence('\u201CBetter  Leader\u201D than Obama\u2019s')).toBe('"better leader" than obama\'s');
  });

  it('counts a hit at the rank of the first paragraph holding evidence', () => {
    const question: EvalQuestion = {
      id: 'x',
      question: 'Who was the Trump campaign chairman?',
      expect: 'answer',
      outlet: 'The Moscow Times',
      evidence: ['campaign chairman Paul Manafort'],
    };
    const outcome = scoreQuestion(question, answerQuestion(realIndex, question.question), realDocuments);
    expect(outcome).toMatchObject({ firstHitRank: 1, topOutletRight: true, leaks: 0 });
    const miss = scoreQuestion(
      { ...question, evidence: ['not in the corpus at all'] },
      answerQuestion(realIndex, question.question),
      realDocuments,
    );
    expect(miss.firstHitRank).toBeNull();
  });

  it('counts a forbidden furniture string in any result as a leak, as the outside scorer does', () => {
    const question: EvalQuestion = {
      id: 'b',
      question: 'Who was the Trump campaign chairman?',
      expect: 'any',
      forbidden: ['campaign chairman Paul Manafort'],
    };
    const outcome = scoreQuestion(question, answerQuestion(realIndex, question.question), realDocuments);
    expect(outcome.leaks).toBe(1);
  });

  it('summarises hit@1, MRR and no-answer accuracy', () => {
    const base = {
      question: 'q',
      category: undefined,
      quoteHit: true,
      topParagraph: '',
      topOutletRight: true,
      answered: true,
      leaks: 0,
      verbatimQuotes: 1,
      quoteLengths: [100],
    };
    const summary = summarize([
      { ...base, id: 'a', expect: 'answer', firstHitRank: 1 },
      { ...base, id: 'b', expect: 'answer', firstHitRank: 2 },
      {
        ...base,
        id: 'c',
        expect: 'no_answer',
        firstHitRank: null,
        answered: false,
        verbatimQuotes: 0,
        quoteLengths: [],
      },
    ]);
    expect(summary).toMatchObject({
      hitAt1: 0.5,
      hitAt3: 1,
      mrr: 0.75,
      noAnswerCorrect: 1,
      noAnswerTotal: 1,
      verbatimShare: 1,
      meanQuoteLength: 100,
    });
  });
});
