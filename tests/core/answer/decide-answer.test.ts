// The no-answer decision: signals on a 0..1-like scale, the committed model answers the questions the
// corpus answers and refuses ones about something else entirely.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { measureSignals, SIGNAL_NAMES } from '../../../src/core/answer/answer-signals.js';
import { decide, scoreAnswerability } from '../../../src/core/answer/decide-answer.js';
import { NO_QUANTITY_TEXT, renderAnswerText } from '../../../src/core/answer/render-text.js';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { analyzeQuestion, searchParagraphs } from '../../../src/core/retrieval/rank.js';
import { makeDocument } from '../../support/make-document.js';
import { realIndex } from '../../support/real-corpus.js';

function signalsOf(question: string) {
  const analyzed = analyzeQuestion(realIndex, question);
  return measureSignals(realIndex, analyzed, searchParagraphs(realIndex, analyzed, { limit: 3 }).firstPass);
}

describe('answer signals', () => {
  it('are shares between 0 and 1 (the two counts are logs of small numbers)', () => {
    const s = signalsOf('Who was the Trump campaign chairman?');
    for (const name of [
      'topScore',
      'gap',
      'matchedShare',
      'knownShare',
      'heaviestMissing',
      'unknownEnglishShare',
      'similarity',
      'softMatchedShare',
    ] as const) {
      expect(s[name]).toBeGreaterThanOrEqual(0);
      expect(s[name]).toBeLessThanOrEqual(1);
    }
    expect(SIGNAL_NAMES).toHaveLength(10);
  });
});

describe('decide with the committed model', () => {
  it('answers a question the corpus answers', () => {
    const s = signalsOf('Who was the Trump campaign chairman?');
    expect(decide(s)).toBe('answer');
    expect(scoreAnswerability(s)).toBeGreaterThan(0.5);
  });

  it('refuses a question about something else, and gives its closest passages only as related', () => {
    const answer = answerQuestion(realIndex, 'How do I grow tomatoes in a greenhouse during winter?');
    expect(answer.kind).toBe('no-match');
    if (answer.kind === 'no-match') expect(answer.reason).toBe('below-threshold');
  });

  it('refuses a count question when the best passage states no number, and answers it from one that does', () => {
    const documents = (second: string) =>
      buildIndex([
        makeDocument('a', `The harbour master inspected the fishing fleet at dawn.\n\n${second}`),
        makeDocument('b', 'Storms closed the northern road for a week.\n\nThe council met on Tuesday.'),
      ]);
    const question = 'How many boats are in the fishing fleet?';
    const withoutNumber = answerQuestion(documents('The fishing fleet is the pride of the harbour.'), question);
    expect(withoutNumber.kind).toBe('no-match');
    if (withoutNumber.kind === 'no-match') {
      expect(withoutNumber.reason).toBe('no-quantity');
      expect(renderAnswerText(withoutNumber)).toContain(NO_QUANTITY_TEXT);
    }
    const withNumber = answerQuestion(documents('The fishing fleet has 40 boats.'), question);
    expect(withNumber.kind).toBe('quotes');
  });

  it('is deterministic', () => {
    const s = signalsOf('What did Page say about the sanctions?');
    expect(scoreAnswerability(s)).toBe(scoreAnswerability(signalsOf('What did Page say about the sanctions?')));
  });
});
