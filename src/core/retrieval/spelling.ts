// Correcting a misspelled question word against the words the corpus actually uses, so "Manfort" still
// finds Manafort and "flyn" finds Flynn. Only words the index does not know are touched; a word that is
// real English (the lexicon knows it) is never turned into a different corpus word ("weather" stays
// "weather", it does not become "whether").
//
// The work per word is bounded and independent of the vocabulary's size (issue 14: a scan of every
// corpus word per invented word let one long question stall the bot). Candidates come from a
// symmetric-delete index (Garbe's SymSpell): every corpus word is stored under the strings it becomes
// with up to k letters deleted, and a question word looks up its own deletions; two words within k
// edits always share one. Names misspelled by ear ("sergay" / Sergei) come from a second index, by
// Double Metaphone code. Both are built on the first question that needs them, once per index.
//
// Among candidates: fewest edits first, where doubling or undoubling a letter ("leter" / "letter")
// costs half an edit and a phonetic match takes off a quarter; then the more frequent word; then
// alphabetical order, so the answer never depends on map order.
import { editDistance } from '../text/edit-distance.js';
import { doubleMetaphone } from '../text/natural-parts.js';
import { addUpTo, DeletionIndex } from './deletion-index.js';

export interface SpellingOptions {
  /** Words shorter than this get no edit-distance correction. */
  readonly minLengthOneEdit: number;
  /** Words at least this long may be two edits away. */
  readonly minLengthTwoEdits: number;
  /** Words shorter than this get no phonetic correction either. */
  readonly minLengthPhonetic: number;
  /** Words longer than this are never corrected (nobody misspells a 25-letter word into a real one). */
  readonly maxLength: number;
  /** Candidates checked with the edit distance per word, at most. */
  readonly maxCandidates: number;
}

export const DEFAULT_SPELLING: SpellingOptions = {
  minLengthOneEdit: 5,
  minLengthTwoEdits: 8,
  minLengthPhonetic: 4,
  maxLength: 24,
  maxCandidates: 60,
};

export interface Correction {
  readonly from: string;
  readonly to: string;
}

/** What the spelling step may ask about English (src/lexicon implements it over WordNet). */
export interface EnglishWords {
  isWord(word: string): boolean;
}

export function allowedEdits(word: string, options: SpellingOptions = DEFAULT_SPELLING): number {
  if (word.length >= options.minLengthTwoEdits) return 2;
  if (word.length >= options.minLengthOneEdit) return 1;
  return 0;
}

interface SpellingIndex {
  readonly words: readonly string[];
  readonly frequency: readonly number[];
  /** Deletion variant → ids of the words that produce it (deletion-index.ts). */
  readonly deletions: DeletionIndex;
  /** Double Metaphone code → ids; built on first phonetic lookup. */
  phonetic: Map<string, number[]> | null;
}

const spellingIndexes = new WeakMap<ReadonlyMap<string, number>, SpellingIndex>();

/**
 * One deletion is stored per corpus word (deletion-index.ts; two would be five times the memory and build time at 50k
 * paragraphs); a question word looks up as many deletions as edits it is allowed. So every corpus word
 * one edit away is found, and of those two edits away every one that is reached by deleting from the
 * question word (a dropped or swapped letter plus one more edit); two substitutions, or two insertions,
 * in a word of eight letters or more are not. Phonetic matching covers most of what that leaves out.
 */

function buildSpellingIndex(wordFrequency: ReadonlyMap<string, number>, options: SpellingOptions): SpellingIndex {
  const words: string[] = [];
  const frequency: number[] = [];
  for (const [word, count] of wordFrequency) {
    if (/^\d+$/.test(word) || word.length > options.maxLength + 2) continue;
    words.push(word);
    frequency.push(count);
  }
  return { words, frequency, deletions: new DeletionIndex(words), phonetic: null };
}

function spellingIndexFor(wordFrequency: ReadonlyMap<string, number>, options: SpellingOptions): SpellingIndex {
  let index = spellingIndexes.get(wordFrequency);
  if (index === undefined) {
    index = buildSpellingIndex(wordFrequency, options);
    spellingIndexes.set(wordFrequency, index);
  }
  return index;
}

function phoneticIndexOf(index: SpellingIndex, options: SpellingOptions): Map<string, number[]> {
  if (index.phonetic === null) {
    const phonetic = new Map<string, number[]>();
    index.words.forEach((word, id) => {
      if (word.length < options.minLengthPhonetic || !/^[a-z]+$/.test(word)) return;
      for (const code of new Set(doubleMetaphone(word))) {
        const ids = phonetic.get(code);
        if (ids) ids.push(id);
        else phonetic.set(code, [id]);
      }
    });
    index.phonetic = phonetic;
  }
  return index.phonetic;
}

/** "leter" and "letter": the longer is the shorter with one letter doubled. */
function differByDoubling(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i += 1)
    if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

export interface CorrectionSearch {
  readonly word: string | null;
  /** How many candidates were compared with the edit distance: the bounded work. */
  readonly checked: number;
}

interface Candidate {
  readonly word: string;
  readonly cost: number;
  readonly frequency: number;
}

function isBetter(a: Candidate, b: Candidate | null): boolean {
  if (b === null) return true;
  if (Math.abs(a.cost - b.cost) > 1e-9) return a.cost < b.cost;
  if (a.frequency !== b.frequency) return a.frequency > b.frequency;
  return a.word < b.word;
}

/** The cost of turning `word` into `candidate` (see the header), or null past `maxEdits`. */
export function correctionCost(word: string, candidate: string, maxEdits: number, phonetic: boolean): number | null {
  const distance = editDistance(word, candidate, maxEdits);
  if (distance > maxEdits) return null;
  return distance - (distance === 1 && differByDoubling(word, candidate) ? 0.5 : 0) - (phonetic ? 0.25 : 0);
}

/**
 * The best corpus word within `maxEdits` edits, from the deletion index; with `phonetic`, also words
 * that sound the same (same Double Metaphone code) within two edits. Null when nothing qualifies.
 */
export function searchCorrection(
  word: string,
  wordFrequency: ReadonlyMap<string, number>,
  maxEdits: number,
  options: SpellingOptions & { readonly phonetic?: boolean } = DEFAULT_SPELLING,
): CorrectionSearch {
  if (/^\d+$/.test(word) || word.length > options.maxLength) return { word: null, checked: 0 };
  const index = spellingIndexFor(wordFrequency, options);
  // Gathering stops at a fixed number of candidates too, so a key shared by thousands of words (a short
  // deletion, a common sound) costs no more than any other.
  const gatherLimit = options.maxCandidates * 4;
  const candidates = new Set<number>();
  if (maxEdits > 0) index.deletions.gatherVariants(word, Math.min(maxEdits, 2), candidates, gatherLimit);
  const codes = options.phonetic && word.length >= options.minLengthPhonetic ? new Set(doubleMetaphone(word)) : null;
  const soundAlike = new Set<number>();
  if (codes) {
    const phonetic = phoneticIndexOf(index, options);
    // A code of one or two sounds says little ("K" is half the dictionary): only longer codes count.
    for (const code of codes) {
      const ids = code.length >= 3 ? phonetic.get(code) : undefined;
      if (ids !== undefined) addUpTo(ids, soundAlike, gatherLimit);
    }
  }
  // In id order, so that which candidates fit under the cap never depends on set order.
  const ids = [...candidates];
  for (const id of soundAlike) if (!candidates.has(id)) ids.push(id);
  ids.sort((a, b) => a - b);
  let best: Candidate | null = null;
  let checked = 0;
  for (const id of ids) {
    if (checked >= options.maxCandidates) break;
    const candidate = index.words[id] as string;
    if (candidate === word) continue;
    checked += 1;
    const alike = soundAlike.has(id);
    const cost = correctionCost(word, candidate, alike ? Math.max(maxEdits, 2) : maxEdits, alike);
    if (cost === null) continue;
    const next = { word: candidate, cost, frequency: index.frequency[id] ?? 0 };
    if (isBetter(next, best)) best = next;
  }
  return { word: (best as Candidate | null)?.word ?? null, checked };
}

/** The closest corpus word by edits alone (no phonetics): the "did you mean" and the tests' view. */
export function findClosestWord(
  word: string,
  wordFrequency: ReadonlyMap<string, number>,
  maxEdits: number,
  options: SpellingOptions = DEFAULT_SPELLING,
): string | null {
  if (maxEdits <= 0) return null;
  return searchCorrection(word, wordFrequency, maxEdits, options).word;
}

/**
 * The correction a question word gets when searching: none for real English words (the lexicon), by
 * edits and by sound otherwise.
 */
export function correctWord(
  word: string,
  wordFrequency: ReadonlyMap<string, number>,
  english: EnglishWords | undefined,
  options: SpellingOptions = DEFAULT_SPELLING,
): string | null {
  if (word.length < options.minLengthPhonetic || english?.isWord(word)) return null;
  return searchCorrection(word, wordFrequency, allowedEdits(word, options), { ...options, phonetic: true }).word;
}
