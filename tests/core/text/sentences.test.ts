import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.js';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at a period followed by a capital', () => {
    expect(sentencesOf('Flynn resigned. Spicer denied it.')).toEqual(['Flynn resigned.', 'Spicer denied it.']);
  });

  it('does not break at U.S., Mr. or Jan. but does break after the date', () => {
    const text = 'Mr. Trump spoke with U.S. officials on Jan. 28. Jonathan Ernst / Reuters';
    expect(sentencesOf(text)).toEqual(['Mr. Trump spoke with U.S. officials on Jan. 28.', 'Jonathan Ernst / Reuters']);
  });

  it('keeps a multi-sentence quotation in one sentence', () => {
    const text = 'Peskov declined. "It is internal. We have nothing to add," he said. Then he left.';
    expect(sentencesOf(text)).toEqual([
      'Peskov declined.',
      '"It is internal. We have nothing to add," he said.',
      'Then he left.',
    ]);
  });

  it('ends a sentence after a closing curly quote', () => {
    const text = 'He said there was \u201Ca lot of excitement.\u201D On that trip he met Sechin.';
    expect(sentencesOf(text)).toEqual([
      'He said there was \u201Ca lot of excitement.\u201D',
      'On that trip he met Sechin.',
    ]);
  });

  it('returns offsets that slice the text exactly, without surrounding white space', () => {
    const text = '  First one.   Second one!  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one!']);
  });

  it('treats text without terminal punctuation as one sentence', () => {
    expect(sentencesOf('Scroll To Top')).toEqual(['Scroll To Top']);
  });
});
