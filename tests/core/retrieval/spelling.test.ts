import { describe, expect, it } from 'vitest';
import { allowedEdits, findClosestWord } from '../../../src/core/retrieval/spelling.js';

const words = new Map([
  ['manafort', 3],
  ['sechin', 2],
  ['cut', 1],
]);

describe('findClosestWord', () => {
  it('corrects a surname one or two edits away', () => {
    expect(findClosestWord('manfort', words, allowedEdits('manfort'))).toBe('manafort');
    expect(findClosestWord('sechni', words, allowedEdits('sechni'))).toBe('sechin');
  });

  it('leaves short words alone: too many words are one edit from them', () => {
    expect(allowedEdits('cup')).toBe(0);
    expect(findClosestWord('cup', words, allowedEdits('cup'))).toBeNull();
  });

  it('returns null when nothing is close enough', () => {
    expect(findClosestWord('printer', words, allowedEdits('printer'))).toBeNull();
  });
});
