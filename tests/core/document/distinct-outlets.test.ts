import { describe, expect, it } from 'vitest';
import { distinctOutlets } from '../../../src/core/document/distinct-outlets.js';
import { makeDocument } from '../../support/make-document.js';

describe('distinctOutlets', () => {
  it('lists each outlet once, in the order of its first document (not sorted: the CLI shows them so)', () => {
    const documents = ['Reuters', 'BBC', 'Reuters', 'Al Jazeera', 'BBC'].map((outlet, i) => ({
      ...makeDocument(`d${i}`, 'Some text.'),
      outlet,
    }));
    expect(distinctOutlets(documents)).toEqual(['Reuters', 'BBC', 'Al Jazeera']);
    expect(distinctOutlets([])).toEqual([]);
  });
});
