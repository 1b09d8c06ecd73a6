// Normalisation runs before tokenising, on questions and paragraphs alike, so that the ways people
// type the same word ("Trump’s" / "Trump's" / "trumps", "Pésk" / "Pesk") meet in one form.

const CURLY_TO_STRAIGHT: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
];

// Most text is plain ASCII: then NFKD changes nothing (no ASCII character has a decomposition), there
// are no combining marks, and of the punctuation above only the backtick can occur. Checking once
// saves four passes over every paragraph at index time.
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/** Curly quotes, primes and dashes to their ASCII forms. */
export function straightenPunctuation(text: string): string {
  if (ASCII_ONLY.test(text)) return text.includes('`') ? text.replace(/`/g, "'") : text;
  let result = text;
  for (const [pattern, replacement] of CURLY_TO_STRAIGHT) result = result.replace(pattern, replacement);
  return result;
}

/** Compatibility decomposition, then drop combining marks: "Pésk" → "Pesk", "ﬁ" → "fi", NBSP → space. */
export function foldDiacritics(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Possessives and contractions lose their tail: "Trump's" → "Trump", "officials'" → "officials",
 * "It's" → "It". The tail carries no meaning for retrieval and would otherwise leave a stray "s".
 */
export function dropPossessives(text: string): string {
  return text.replace(/(\p{L})'(?:s|re|ve|ll|d|t|m)?(?=$|[^\p{L}])/giu, '$1');
}

/** "U.S." → "US", "D.C." → "DC": dotted initialisms become one token instead of single letters. */
export function joinInitialisms(text: string): string {
  return text.replace(/\b(?:\p{Lu}\.){2,}/gu, (match) => match.replaceAll('.', ''));
}

/** Digit groups: "1,000" → "1000", so numbers are one token whichever way they are written. */
export function joinDigitGroups(text: string): string {
  return text.replace(/(\d),(?=\d{3}\b)/g, '$1');
}

/**
 * Hyphens, slashes and leftover apostrophes join words that people also write apart ("state-run",
 * "and/or"); natural's tokenizer keeps them inside tokens, so we split them here.
 */
export function splitJoinedWords(text: string): string {
  return text.replace(/['\-/]+/g, ' ');
}

/** The whole normalisation, in order. Lower-casing comes last so initialisms are still visible above. */
export function normalizeText(text: string): string {
  const folded = foldDiacritics(straightenPunctuation(text));
  return splitJoinedWords(joinDigitGroups(joinInitialisms(dropPossessives(folded)))).toLowerCase();
}
