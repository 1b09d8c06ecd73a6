import { describe, expect, it } from 'vitest';
import { analyzeTerms, tokenizeWords } from '../../../src/core/text/analyze.js';
import { normalizeText } from '../../../src/core/text/normalize.js';

describe('normalizeText', () => {
  it('straightens curly apostrophes and drops possessives', () => {
    expect(normalizeText('Trump\u2019s team')).toBe('trump team');
    expect(normalizeText("Trump's team")).toBe('trump team');
  });

  it('folds diacritics and compatibility characters', () => {
    expect(normalizeText('Pésk\u00A0café ﬁne')).toBe('pesk cafe fine');
  });

  it('joins initialisms and digit groups', () => {
    expect(normalizeText('U.S. paid 1,000 dollars')).toBe('us paid 1000 dollars');
  });
});

describe('analyzeTerms', () => {
  it('stems with Porter and drops stopwords', () => {
    expect(analyzeTerms('Who is investigating the sanctions?')).toEqual(['investig', 'sanction']);
  });

  it('drops the framing of a question: "tell", "say", "according to"', () => {
    expect(analyzeTerms('According to the Moscow Times, what did Flynn say?')).toEqual(['moscow', 'time', 'flynn']);
  });

  it('gives the same terms for curly and straight spellings of a question', () => {
    expect(analyzeTerms('What did Trump\u2019s \u201Cadvisers\u201D do?')).toEqual(
      analyzeTerms('what did trumps advisers do'),
    );
  });

  it('splits hyphenated words and keeps numbers', () => {
    expect(tokenizeWords('state-run in 2014')).toEqual(['state', 'run', 'in', '2014']);
  });
});

describe('normalizeText on plain ASCII', () => {
  it('takes the short path to the same result as the full one', () => {
    // The ASCII short path skips NFKD and the curly-punctuation passes; a backtick is still an apostrophe.
    expect(normalizeText('It`s the U.S. `plan`')).toBe(normalizeText('It\u2019s the U.S. \u2018plan\u2019'));
    expect(normalizeText('Trump`s')).toBe('trump');
  });
});
