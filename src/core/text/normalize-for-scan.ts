// normalizeText for the word table (word-table.ts), which reads each paragraph once at index time. Most
// text is plain ASCII, and for ASCII three of normalizeText's passes can be left to the scanner: the
// last two (hyphens, slashes and apostrophes to spaces; lower case), because the scanner treats those
// three characters as separators and lower-cases letters as it reads them, and the Unicode folding,
// which changes no ASCII character. The rewrites that remain run only when the text holds the character
// they need (an apostrophe, a backtick, a comma), with the ASCII equivalents of their Unicode patterns
// (on ASCII text \p{L} is [A-Za-z] and \p{Lu} is [A-Z]). Other text gets normalizeText itself.
// tests/core/text/word-table.test.ts checks that the words agree with tokenizeWords on arbitrary text.
import { normalizeText } from './normalize.js';

const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const ASCII_POSSESSIVE = /([A-Za-z])'(?:s|re|ve|ll|d|t|m)?(?=$|[^A-Za-z])/gi;
const ASCII_INITIALISM = /\b(?:[A-Z]\.){2,}/g;
const DIGIT_GROUP = /(\d),(?=\d{3}\b)/g;

/**
 * The text the word table scans: either normalizeText(text), or (ASCII text) the same before its
 * split-and-lower-case steps. Both give the same words once `-`, `/`, `'` separate words and letters
 * are lower-cased.
 */
export function normalizeForScan(text: string): string {
  if (!ASCII_ONLY.test(text)) return normalizeText(text);
  let s = text.includes('`') ? text.replace(/`/g, "'") : text;
  if (s.includes("'")) s = s.replace(ASCII_POSSESSIVE, '$1');
  if (s.includes('.')) s = s.replace(ASCII_INITIALISM, (match) => match.replaceAll('.', ''));
  if (s.includes(',')) s = s.replace(DIGIT_GROUP, '$1');
  return s;
}
