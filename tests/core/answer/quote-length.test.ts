// Issue 14 item 8: a quote is capped, even when the best "sentence" is a run-on thousands of characters
// long, and stays verbatim: a substring of its paragraph, ending at a word boundary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_CHARS, selectQuote } from '../../../src/core/answer/select-quote.js';

describe('quote length', () => {
  it('cuts a run-on sentence at the last word boundary within the cap', () => {
    const paragraph = `${'Carter Page met officials and '.repeat(200)}left.`;
    const quote = selectQuote(paragraph, new Map([['page', 1]]));
    expect(quote.text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(quote.text.length).toBeGreaterThan(MAX_QUOTE_CHARS - 40);
    expect(paragraph.slice(quote.start, quote.end)).toBe(quote.text);
    expect(paragraph.charAt(quote.end)).toMatch(/\s/);
  });

  it('is always a substring of the paragraph and never over the cap', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 3000 }), fc.integer({ min: 5, max: 500 }), (text, cap) => {
        const quote = selectQuote(text, new Map(), { coverage: 0.75, maxSentences: 3, maxChars: cap });
        expect(quote.text.length).toBeLessThanOrEqual(cap);
        expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      }),
      { numRuns: 200 },
    );
  });
});
