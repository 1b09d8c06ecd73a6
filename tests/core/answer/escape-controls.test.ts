import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControlCharacters } from '../../../src/core/answer/escape-controls.js';

const ACTIVE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\t\n\r]/;

describe('escapeControlCharacters', () => {
  it('writes NUL, BEL, ANSI escapes and bidi overrides out visibly, and keeps one line', () => {
    expect(escapeControlCharacters('Evil \u0007\u0000 Times \u001b[31mred\u001b[0m')).toBe(
      'Evil \\x07\\x00 Times \\x1b[31mred\\x1b[0m',
    );
    expect(escapeControlCharacters('abc\u202edef')).toBe('abc\\u202edef');
    expect(escapeControlCharacters('two\nlines\tand tab')).toBe('two lines and tab');
    expect(escapeControlCharacters('Trump’s “Kremlin” — ok')).toBe('Trump’s “Kremlin” — ok');
  });

  it('never leaves an active character, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !ACTIVE.test(escapeControlCharacters(text))));
  });
});
