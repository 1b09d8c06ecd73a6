import { describe, expect, it } from 'vitest';
import { acronymsOf, expandAcronym } from '../../../src/core/retrieval/acronyms.js';
import { analyzeQuestion } from '../../../src/core/retrieval/analyze-question.js';
import { buildIndex } from '../../../src/core/retrieval/build-index.js';
import { makeDocument } from '../../support/make-document.js';
import { realIndex } from '../../support/real-corpus.js';

describe('acronymsOf', () => {
  const index = buildIndex([
    makeDocument(
      'a',
      'Hackers broke into the Democratic National Committee in June. The Federal Bureau of Investigation ' +
        'looked into it.\n\nThe Daily Nightly Courier said so, and the Daily Nightly Courier said it again. ' +
        'The Dark Night Club disagreed.\n\nIn Carter Page the two met.',
    ),
  ]);

  it('reads the initials of names of three or more capitalised words, linking words allowed inside', () => {
    const acronyms = acronymsOf(index);
    expect(acronyms.get('fbi')).toBe('federal bureau investigation');
    // "dnc" has three claimants: the one named most often wins.
    expect(acronyms.get('dnc')).toBe('daily nightly courier');
  });

  it('drops a sentence-initial stopword and names of two words', () => {
    const acronyms = acronymsOf(index);
    expect(acronyms.has('icp')).toBe(false);
    expect(acronyms.has('cp')).toBe(false);
  });

  it('leaves an acronym that is an English word alone', () => {
    const named = buildIndex(
      [makeDocument('b', 'The National Security Agency listened. The Central Alaska Treaty was signed.')],
      { lexicon: realIndex.lexicon },
    );
    // WordNet knows "nsa" (the agency) and "cat"; no English word is read as an acronym.
    expect(expandAcronym(named, 'nsa')).toBeNull();
    expect(expandAcronym(named, 'cat')).toBeNull();
    expect(expandAcronym(buildIndex(named.documents), 'cat')).toBe('central alaska treaty');
  });

  it('searches the name for its acronym and says so', () => {
    const analyzed = analyzeQuestion(realIndex, 'who hacked the dnc?');
    expect(analyzed.corrections).toContainEqual({ from: 'dnc', to: 'democratic national committee' });
    expect(analyzed.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['democrat', 'nation', 'committe']));
  });
});
