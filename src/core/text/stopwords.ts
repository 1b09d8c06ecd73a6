import { NATURAL_STOPWORDS } from './natural-parts.js';

/**
 * natural's English list, plus the words that make a sentence a question ("tell", "does") or attribute it
 * ("according to the moscow times, …") but never carry its subject. natural already has
 * who/what/when/where/why/how.
 */
const QUESTION_WORDS = [
  'tell',
  'please',
  'whose',
  'know',
  'say',
  'says',
  'told',
  'according',
  // Framing of a chat claim ("my uncle keeps saying…", "i was wondering…").
  'saying',
  'telling',
  'asking',
  'wondering',
] as const;

export const STOPWORDS: ReadonlySet<string> = new Set([...NATURAL_STOPWORDS, ...QUESTION_WORDS]);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
