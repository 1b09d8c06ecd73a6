// The word table is a faster way to the words tokenizeWords() gives, and must never disagree with it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../../src/core/text/analyze.js';
import { asciiString, WordTable } from '../../../src/core/text/word-table.js';
import { realDocuments } from '../../support/real-corpus.js';

function wordsOf(table: WordTable, text: string): string[] {
  const count = table.scanText(text);
  return [...table.ids.subarray(0, count)].map((id) => table.words[id] ?? '?');
}

// Letters, digits, the characters natural keeps inside words, and the ones normalisation rewrites.
const pieces = fc.constantFrom(
  'a',
  'B',
  'z',
  '7',
  '0',
  ' ',
  '  ',
  '\n',
  "'",
  '’',
  '-',
  '–',
  '/',
  '.',
  ',',
  'U.S.',
  '1,000',
  'é',
  'ﬁ',
  '\u00A0',
  '`',
  'İ',
  'K',
  'ß',
  '_',
  '"',
  '“',
  's',
  "'s",
  'x',
  'Trump’s',
  'state-run',
  'and/or',
  '9',
  'ǅ',
  '\u0301',
);
const text = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('WordTable', () => {
  it('finds the same words as tokenizeWords, in order, for any text', () => {
    const table = new WordTable();
    fc.assert(
      fc.property(text, (t) => {
        expect(wordsOf(table, t)).toEqual(tokenizeWords(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same words on the bundled corpus and gives a word one id everywhere', () => {
    const table = new WordTable();
    for (const document of realDocuments)
      for (const paragraph of document.paragraphs)
        expect(wordsOf(table, paragraph.text)).toEqual(tokenizeWords(paragraph.text));
    expect(new Set(table.words).size).toBe(table.words.length);
  });

  it('keeps ids stable while the table grows past its first size', () => {
    const table = new WordTable();
    const many = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    expect(table.scanText(many)).toBe(20_000);
    expect(wordsOf(table, 'w0 wa w10 wzz')).toEqual(['w0', 'wa', 'w10', 'wzz']);
    expect(table.words.length).toBe(20_000);
  });

  it('keeps a word of a million letters whole (made in pieces: one call with a million arguments overflows the stack)', () => {
    const table = new WordTable();
    const long = `${'ab'.repeat(500_000)}z`;
    expect(wordsOf(table, `x1 ${long} x1`)).toEqual(['x1', long, 'x1']);
  });
});

describe('asciiString', () => {
  it('turns a byte range into its string, across the piece boundary too', () => {
    const bytes = Uint8Array.from({ length: 9000 }, (_, i) => 97 + (i % 26));
    expect(asciiString(bytes, 0, 0)).toBe('');
    expect(asciiString(bytes, 1, 4)).toBe('bcd');
    const expected = Array.from(bytes.subarray(10, 8500), (c) => String.fromCharCode(c)).join('');
    expect(asciiString(bytes, 10, 8500)).toBe(expected);
  });
});
