import { describe, expect, it } from 'vitest';
import { pickQuizParagraph, pickQuizQuote } from '../../../src/discord/commands/quiz.js';
import { realIndex } from '../../support/real-corpus.js';

describe('/quiz quote', () => {
  it('is the opening whole sentences of the paragraph, verbatim, for every paragraph of the corpus', () => {
    for (const { paragraph } of realIndex.paragraphs) {
      const quote = pickQuizQuote(paragraph.text);
      expect(paragraph.text.startsWith(quote)).toBe(true);
      expect(quote.length).toBeGreaterThan(0);
      // Ends at a sentence end: the whole paragraph, or followed by white space.
      expect(quote === paragraph.text || /\s/.test(paragraph.text[quote.length] ?? '')).toBe(true);
    }
  });

  it('draws only from the enabled outlets', () => {
    for (const random of [0, 0.25, 0.5, 0.75, 0.999]) {
      expect(pickQuizParagraph(realIndex, ['The Moscow Times'], random)?.document.outlet).toBe('The Moscow Times');
    }
  });
});
