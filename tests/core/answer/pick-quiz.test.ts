import { describe, expect, it } from 'vitest';
import { pickQuiz, pickQuizQuote } from '../../../src/core/answer/pick-quiz.js';
import { realIndex } from '../../support/real-corpus.js';

describe('pickQuizQuote', () => {
  it('is the opening whole sentences of the paragraph, verbatim, for every paragraph of the corpus', () => {
    expect(realIndex.paragraphs.length).toBeGreaterThan(10);
    for (const { paragraph } of realIndex.paragraphs) {
      const quote = pickQuizQuote(paragraph.text);
      expect(paragraph.text.startsWith(quote)).toBe(true);
      expect(quote.length).toBeGreaterThan(0);
      // Ends at a sentence end: the whole paragraph, or followed by white space.
      expect(quote === paragraph.text || /\s/.test(paragraph.text[quote.length] ?? '')).toBe(true);
    }
  });
});

describe('pickQuiz', () => {
  it('draws only from the outlets given, and its quote opens the drawn paragraph', () => {
    for (const random of [0, 0.25, 0.5, 0.75, 0.999]) {
      const quiz = pickQuiz(realIndex, ['The Moscow Times'], random);
      expect(quiz?.entry.document.outlet).toBe('The Moscow Times');
      expect(quiz?.entry.paragraph.text.startsWith(quiz?.quote ?? '\u0000')).toBe(true);
    }
  });

  it('spreads over the whole pool: the lowest and highest draws are different paragraphs', () => {
    expect(pickQuiz(realIndex, null, 0)?.entry).toBe(realIndex.paragraphs[0]);
    expect(pickQuiz(realIndex, null, 0.999999)?.entry).toBe(realIndex.paragraphs.at(-1));
  });

  it('returns nothing when no paragraph belongs to the outlets given', () => {
    expect(pickQuiz(realIndex, ['Daily Planet'], 0.5)).toBeUndefined();
  });
});
