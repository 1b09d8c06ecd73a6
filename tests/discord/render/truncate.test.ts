import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenWhitespace, truncateLine } from '../../../src/discord/render/truncate.js';

describe('truncateLine', () => {
  it('keeps a line that fits, and cuts one that does not at a word, with an ellipsis', () => {
    expect(truncateLine('short', 10)).toBe('short');
    expect(truncateLine('the quick brown fox jumps', 12)).toBe('the quick\u2026');
    expect(truncateLine('abcdefghijkl', 5)).toBe('abcd\u2026');
  });

  it('never splits a surrogate pair', () => {
    expect(truncateLine('ab\u{1F600}cd', 4)).toBe('ab\u2026');
  });

  it('never exceeds the limit and never leaves half a character, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 0, max: 40 }), (text, max) => {
        const cut = truncateLine(text, max);
        const last = cut.charCodeAt(cut.length - 2);
        const halfPair = cut.endsWith('\u2026') && last >= 0xd800 && last <= 0xdbff;
        return cut.length <= Math.max(max, 0) && !halfPair && (text.length <= max ? cut === text : true);
      }),
    );
  });
});

describe('flattenWhitespace', () => {
  it('puts a text on one line', () => {
    expect(flattenWhitespace('  a\n\tb  c ')).toBe('a b c');
  });
});
