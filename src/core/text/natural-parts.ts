// The one place that touches `natural`. See src/types/natural-parts.d.ts for why we load files, not the root.
import { createRequire } from 'node:module';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

const tokenizer = new AggressiveTokenizer();

/** Splits on anything that is not an ASCII letter or digit (natural's AggressiveTokenizer). */
export function splitWords(text: string): string[] {
  return tokenizer.tokenize(text);
}

export function stemPorter(word: string): string {
  return PorterStemmer.stem(word);
}

// The distance module pulls in underscore; only a question with an unknown word needs it, so it is
// loaded on first use rather than on every start of `ask`.
const require = createRequire(import.meta.url);
type Distance = typeof import('natural/lib/natural/distance/levenshtein_distance.js').DamerauLevenshteinDistance;
let damerauLevenshtein: Distance | undefined;

/** Restricted Damerau-Levenshtein (optimal string alignment): a swap of two letters is one edit. */
export function editDistance(a: string, b: string): number {
  damerauLevenshtein ??= (
    require('natural/lib/natural/distance/levenshtein_distance.js') as {
      DamerauLevenshteinDistance: Distance;
    }
  ).DamerauLevenshteinDistance;
  return damerauLevenshtein(a, b, { restricted: true });
}

export const NATURAL_STOPWORDS: readonly string[] = naturalStopwords;
