import { describe, expect, it } from 'vitest';
import { sentenceTermsOf } from '../../../src/core/text/sentence-terms.js';

describe('sentenceTermsOf', () => {
  it('gives each sentence its span and its index terms', () => {
    const paragraph = 'Flynn resigned on Monday. The White House said it was about trust.';
    const { spans, sentenceTerms } = sentenceTermsOf(paragraph);
    expect(spans.map((s) => paragraph.slice(s.start, s.end))).toEqual([
      'Flynn resigned on Monday.',
      'The White House said it was about trust.',
    ]);
    expect([...(sentenceTerms[0] ?? [])]).toEqual(['flynn', 'resign', 'mondai']);
    expect(sentenceTerms[1]?.has('trust')).toBe(true);
  });

  it('returns the cached split for a paragraph seen before', () => {
    const paragraph = 'One sentence. Another one.';
    expect(sentenceTermsOf(paragraph)).toBe(sentenceTermsOf(paragraph));
  });
});
