// The text pipeline, as named steps: normalise → tokenize → drop stopwords → stem.
// Paragraphs and questions go through the same steps, so a term means the same thing on both sides.
import { splitWords, stemPorter } from './natural-parts.js';
import { normalizeText } from './normalize.js';
import { isStopword } from './stopwords.js';

export interface AnalyzedToken {
  /** The normalised word as typed, before stemming: what spelling correction compares against. */
  readonly word: string;
  /** The index term: the Porter stem of `word`. */
  readonly term: string;
}

/** Single letters are left-overs of punctuation ("e.g", "a"), but single digits are real numbers. */
function isMeaningful(word: string): boolean {
  return word.length > 1 || /\d/.test(word);
}

const stemCache = new Map<string, string>();

/** Porter stemming is the slowest step and natural does not memoise it; vocabularies are small. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemPorter(word);
    if (stemCache.size < 500_000) stemCache.set(word, stem);
  }
  return stem;
}

export function tokenizeWords(text: string): string[] {
  return splitWords(normalizeText(text)).filter(isMeaningful);
}

/** The index term of one tokenized word, or null for a stopword: the per-word steps of analyzeText. */
export function analyzeWord(word: string): string | null {
  return isStopword(word) ? null : stemWord(word);
}

export function analyzeText(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  for (const word of tokenizeWords(text)) {
    const term = analyzeWord(word);
    if (term !== null) tokens.push({ word, term });
  }
  return tokens;
}

/** Index terms only, for building postings. */
export function analyzeTerms(text: string): string[] {
  return analyzeText(text).map((token) => token.term);
}
