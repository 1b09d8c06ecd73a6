// natural's Porter stemmer, step for step, without its regular expressions. natural computes the
// "measure" of a word by three regex replacements each time it is asked, and asks up to thirty times a
// word; that cost ~10 µs a word, most of the index build on a large vocabulary and of a question full of
// invented words. This file gives the same stem for every word of ASCII lower-case letters and digits
// (the only words the text pipeline makes, natural-parts.ts feeds anything else to natural itself),
// including natural's departures from Porter's paper (a measure can be a half, step 2 can apply two
// rules, step 4 tries only the longest suffix). tests/core/text/porter-stem.test.ts compares the two
// on every WordNet lemma and on random words.

/** a e i o u (y is handled apart, as natural does), by character code. */
function isVowelCode(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

const isVowel = (c: string): boolean => isVowelCode(c.charCodeAt(0));

const Y = 121;
const L = 108;
const S = 115;
const W = 119;
const X = 120;
const Z = 122;

/**
 * natural's categorizeGroups (`[^aeiouy]+y` → CV, `[aeiou]+` → V, `[^V]+` → C), summarised: a V is
 * never merged with another V, runs of C are. Packed in one number to keep this allocation-free:
 * length · 8 + (starts with C ? 4 : 0) + (ends with V ? 2 : 0) + (a V before the last symbol ? 1 : 0).
 */
function categorizeGroups(token: string, n = token.length): number {
  let length = 0;
  let startsWithC = false;
  let lastIsV = false;
  let vowels = 0;
  let i = 0;
  while (i < n) {
    const c = token.charCodeAt(i);
    let consonant: boolean;
    let thenV = false;
    if (isVowelCode(c)) {
      while (i < n && isVowelCode(token.charCodeAt(i))) i += 1;
      consonant = false;
    } else if (c === Y) {
      // A y not taken by a preceding consonant run: at the start, after a vowel or after another y.
      consonant = true;
      i += 1;
    } else {
      let j = i;
      while (j < n && !isVowelCode(token.charCodeAt(j)) && token.charCodeAt(j) !== Y) j += 1;
      consonant = true;
      thenV = j < n && token.charCodeAt(j) === Y;
      i = thenV ? j + 1 : j;
    }
    if (consonant) {
      if (length === 0) startsWithC = true;
      if (length === 0 || lastIsV) length += 1;
      lastIsV = false;
    } else {
      length += 1;
      lastIsV = true;
      vowels += 1;
    }
    if (thenV) {
      length += 1;
      lastIsV = true;
      vowels += 1;
    }
  }
  const vBeforeLast = vowels - (lastIsV ? 1 : 0) > 0;
  return length * 8 + (startsWithC ? 4 : 0) + (lastIsV ? 2 : 0) + (vBeforeLast ? 1 : 0);
}

const hasV = (groups: number): boolean => (groups & 1) !== 0 || (groups & 2) !== 0;
const hasVBeforeLast = (groups: number): boolean => (groups & 1) !== 0;

/**
 * natural's measure of token's first `n` characters (all of them by default; a prefix instead of a
 * sliced copy): categorizeGroups without a leading C and a trailing V, halved; -1 for "".
 */
function measure(token: string, n = token.length): number {
  if (n === 0) return -1;
  const groups = categorizeGroups(token, n);
  let length = groups >> 3;
  if ((groups & 4) !== 0) length -= 1;
  if (length > 0 && (groups & 2) !== 0) length -= 1;
  return length / 2;
}

/** natural's categorizeChars (`[^aeiouy]y` → CV, `[aeiou]` → V, else C): one symbol per character. */
function categorizeChars(token: string): string {
  let out = '';
  let i = 0;
  while (i < token.length) {
    const c = token[i] as string;
    if (!isVowel(c) && c !== 'y' && token[i + 1] === 'y') {
      out += 'CV';
      i += 2;
    } else {
      out += isVowel(c) ? 'V' : 'C';
      i += 1;
    }
  }
  return out;
}

/** `([^aeiou])\1$`: the last two characters are the same non-vowel (y counts as one). */
function endsWithDoubleConsonant(token: string): boolean {
  const n = token.length;
  return n >= 2 && token[n - 1] === token[n - 2] && !isVowel(token[n - 1] as string);
}

function step1a(token: string): string {
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (token.endsWith('ies')) return token.slice(0, -2);
  if (token.endsWith('s') && token[token.length - 2] !== 's' && token.length > 2) return token.slice(0, -1);
  return token;
}

function step1bTail(token: string): string | null {
  if (!hasV(categorizeGroups(token))) return null;
  // at → ate, bl → ble, iz → ize: each adds an e.
  if (token.endsWith('at') || token.endsWith('bl') || token.endsWith('iz')) return `${token}e`;
  const last = token.charCodeAt(token.length - 1);
  if (endsWithDoubleConsonant(token) && last !== L && last !== S && last !== Z) return token.slice(0, -1);
  if (measure(token) === 1 && last !== W && last !== X && last !== Y && categorizeChars(token).slice(-3) === 'CVC')
    return `${token}e`;
  return token;
}

function step1b(token: string): string {
  if (token.endsWith('eed')) return measure(token, token.length - 3) > 0 ? token.slice(0, -1) : token;
  const suffix = token.endsWith('ed') ? 2 : token.endsWith('ing') ? 3 : 0;
  if (suffix === 0) return token;
  const stripped = token.slice(0, -suffix);
  // natural returns the word unchanged when nothing is left ("ed", "ing").
  if (stripped === '') return token;
  return step1bTail(stripped) ?? token;
}

function step1c(token: string): string {
  if (token.endsWith('y') && hasVBeforeLast(categorizeGroups(token))) return `${token.slice(0, -1)}i`;
  return token;
}

type Rules = ReadonlyArray<readonly [string, string]>;

const STEP2: Rules = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];

const STEP3: Rules = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

/**
 * The rules whose suffix ends in each letter, in their order, by that letter's code: a word can only
 * meet those (an array read, not a one-letter slice and a Map lookup per word).
 */
function groupByLastLetter(rules: Rules): Rules[] {
  const groups: Array<Array<readonly [string, string]>> = [];
  for (const rule of rules) {
    const last = rule[0].charCodeAt(rule[0].length - 1);
    groups[last] ??= [];
    groups[last].push(rule);
  }
  return groups;
}

const STEP2_BY_LAST = groupByLastLetter(STEP2);
const STEP3_BY_LAST = groupByLastLetter(STEP3);

/**
 * natural's attemptReplacePatterns with a measure threshold of 0: every rule whose suffix the original
 * word has, with measure > 0 before it, is applied to the word as rewritten so far (so two can apply).
 */
function replaceSuffixes(token: string, byLast: readonly Rules[]): string {
  const rules = byLast[token.charCodeAt(token.length - 1)];
  if (rules === undefined) return token;
  let replacement = token;
  for (let r = 0; r < rules.length; r += 1) {
    const [suffix, by] = rules[r] as readonly [string, string];
    if (!token.endsWith(suffix) || measure(token, token.length - suffix.length) <= 0) continue;
    if (!replacement.endsWith(suffix)) continue;
    const result = replacement.slice(0, -suffix.length) + by;
    if (result !== '') replacement = result;
  }
  return replacement;
}

// natural matches /^(.+?)(al|ance|...)$/: the shortest stem, so the longest of these suffixes the word
// ends with (leaving at least one letter), sorted here longest first.
const STEP4_SUFFIXES = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism']
  .concat(['ate', 'iti', 'ous', 'ive', 'ize'])
  .sort((a, b) => b.length - a.length);

/** STEP4_SUFFIXES by their last letter's code, longest first as there: a word can only end in those. */
const STEP4_BY_LAST: string[][] = [];
for (const suffix of STEP4_SUFFIXES) {
  const last = suffix.charCodeAt(suffix.length - 1);
  STEP4_BY_LAST[last] ??= [];
  STEP4_BY_LAST[last].push(suffix);
}

function stripLongestSuffix(token: string): string {
  const suffixes = STEP4_BY_LAST[token.charCodeAt(token.length - 1)];
  if (suffixes === undefined) return '';
  for (const suffix of suffixes)
    if (token.length > suffix.length && token.endsWith(suffix)) return token.slice(0, -suffix.length);
  return '';
}

function step4(token: string): string {
  const first = stripLongestSuffix(token);
  if (measure(first) > 1) return first;
  if (token.length >= 5 && (token.endsWith('sion') || token.endsWith('tion'))) {
    const second = token.slice(0, -3);
    if (measure(second) > 1) return second;
  }
  return token;
}

/** String.prototype.substr(-4, 3), which for short strings starts at 0 (slice would not). */
function substrFromEnd4(text: string): string {
  const start = Math.max(text.length - 4, 0);
  return text.slice(start, start + 3);
}

function step5a(token: string): string {
  // Without a final e natural's rule rewrites nothing.
  if (!token.endsWith('e')) return token;
  const withoutE = token.slice(0, -1);
  const m = measure(withoutE);
  if (m > 1) return withoutE;
  if (m !== 1) return token;
  const cvcBeforeE = substrFromEnd4(categorizeChars(token)) === 'CVC' && /[^wxy].$/.test(token);
  return cvcBeforeE ? token : withoutE;
}

function step5b(token: string): string {
  return token.endsWith('ll') && measure(token) > 1 ? token.slice(0, -1) : token;
}

/** natural's PorterStemmer.stem for a word of [a-z0-9] (anything else: use natural's own). */
export function stemAsciiWord(word: string): string {
  if (word.length < 3) return word;
  return step5b(
    step5a(step4(replaceSuffixes(replaceSuffixes(step1c(step1b(step1a(word))), STEP2_BY_LAST), STEP3_BY_LAST))),
  );
}
