// Sentence boundaries as character offsets, so that a quote is always an exact slice of its paragraph.
// Rules: a sentence ends at . ! or ? (plus any closing quotes or brackets) followed by white space and
// a capital, digit or opening quote, unless the word before the period is an abbreviation or an
// initialism ("Mr.", "Jan.", "U.S."), or we are inside a double-quoted passage that has not closed yet.

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** Words that end in a period without ending the sentence. Lower-case, without the period. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'pres',
  'rev',
  'hon',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'approx',
  'fig',
  'vol',
  'ed',
  'al',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
]);

const OPENING_DOUBLE = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSING_DOUBLE = new Set(['\u201D', '\u00BB']);
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB']);
const TERMINALS = new Set(['.', '!', '?', '\u2026']);

function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, index);
}

/** "Jan", "Mr", "U.S", "D.C", a lone initial "J": a period after these does not end a sentence. */
function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

function startsNewSentence(text: string, index: number): boolean {
  let cursor = index;
  if (!/\s/u.test(text[cursor] ?? '')) return false;
  while (/\s/u.test(text[cursor] ?? '')) cursor += 1;
  const next = text[cursor];
  return next !== undefined && /[\p{Lu}\p{N}"'\u201C\u2018([\u2026-]/u.test(next);
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = skipWhitespace(text, 0);
  let quoteDepth = 0;
  let straightQuoteOpen = false;

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (OPENING_DOUBLE.has(char)) quoteDepth += 1;
    else if (CLOSING_DOUBLE.has(char)) quoteDepth = Math.max(0, quoteDepth - 1);
    else if (char === '"') straightQuoteOpen = !straightQuoteOpen;
    if (!TERMINALS.has(char)) continue;

    // Take the closing quotes and brackets that belong to this sentence end.
    let end = i + 1;
    while (end < text.length && (TERMINALS.has(text[end] ?? '') || CLOSERS.has(text[end] ?? ''))) {
      const closer = text[end];
      if (closer !== undefined && CLOSING_DOUBLE.has(closer)) quoteDepth = Math.max(0, quoteDepth - 1);
      else if (closer === '"') straightQuoteOpen = !straightQuoteOpen;
      end += 1;
    }
    const insideQuote = quoteDepth > 0 || straightQuoteOpen;
    const abbreviation = char === '.' && isAbbreviation(wordBefore(text, i));
    if (!insideQuote && !abbreviation && startsNewSentence(text, end)) {
      spans.push({ start: sentenceStart, end });
      sentenceStart = skipWhitespace(text, end);
    }
    i = end - 1;
  }
  const lastEnd = trimEnd(text, text.length);
  if (lastEnd > sentenceStart) spans.push({ start: sentenceStart, end: lastEnd });
  return spans;
}

function skipWhitespace(text: string, index: number): number {
  let cursor = index;
  while (cursor < text.length && /\s/u.test(text[cursor] ?? '')) cursor += 1;
  return cursor;
}

function trimEnd(text: string, index: number): number {
  let cursor = index;
  while (cursor > 0 && /\s/u.test(text[cursor - 1] ?? '')) cursor -= 1;
  return cursor;
}
