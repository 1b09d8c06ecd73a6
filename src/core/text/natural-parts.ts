// The one place that touches `natural`. See src/types/natural-parts.d.ts for why we load files, not the root.
import { createRequire } from 'node:module';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';
import { stemAsciiWord } from './porter-stem.js';

const tokenizer = new AggressiveTokenizer();

/** Splits on anything that is not an ASCII letter or digit (natural's AggressiveTokenizer). */
export function splitWords(text: string): string[] {
  return tokenizer.tokenize(text);
}

const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * natural's Porter stem. The words the pipeline makes (lower-case ASCII letters and digits) go through
 * porter-stem.ts, the same algorithm without natural's regex cost; anything else (a WordNet word with a
 * hyphen, a caller's own string) through natural itself.
 */
export function stemPorter(word: string): string {
  return ASCII_WORD.test(word) ? stemAsciiWord(word) : PorterStemmer.stem(word);
}

const require = createRequire(import.meta.url);

export const NATURAL_STOPWORDS: readonly string[] = naturalStopwords;

// Double Metaphone, for names misspelled by ear ("sergay" / Sergei). Loaded on first use, like the
// edit distance: its module pulls in natural's phonetic base class, which only spelling needs.
type DoubleMetaphoneClass = new () => { process(word: string): [string, string] };
let metaphone: { process(word: string): [string, string] } | undefined;

/** The primary and secondary Double Metaphone codes of a word (often the same). */
export function doubleMetaphone(word: string): [string, string] {
  metaphone ??= new (require('natural/lib/natural/phonetics/double_metaphone.js') as DoubleMetaphoneClass)();
  return metaphone.process(word);
}
