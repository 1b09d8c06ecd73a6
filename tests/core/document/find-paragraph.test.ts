import { describe, expect, it } from 'vitest';
import { findParagraph } from '../../../src/core/document/find-paragraph.js';
import { realIndex } from '../../support/real-corpus.js';

describe('findParagraph', () => {
  it('finds every paragraph of every document by its id, furniture included', () => {
    const all = realIndex.documents.flatMap((d) => d.paragraphs.map((p) => ({ d, p })));
    expect(all.some(({ p }) => p.excluded)).toBe(true);
    for (const { d, p } of all) expect(findParagraph(realIndex, p.id)).toEqual({ document: d, paragraph: p });
  });

  it('finds nothing for an unknown or malformed id', () => {
    for (const id of ['nope#1', 'occupy-democrats-trump-kremlin#999', '', '#', 'occupy-democrats-trump-kremlin'])
      expect(findParagraph(realIndex, id)).toBeUndefined();
  });
});
