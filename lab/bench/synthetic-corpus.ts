// Deterministic synthetic corpora in the CONTRACT.md corpus format, for the benchmark. The text is
// shaped like news prose where it matters to an index: a Zipf-distributed vocabulary whose head is
// real English function words (so stopword removal and idf behave as on real text), sentences of
// 8-22 words, 2-5 sentences a paragraph, 25 paragraphs a document.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyntheticCorpusOptions {
  readonly paragraphs: number;
  readonly seed: number;
  readonly vocabularySize: number;
  /** Zipf exponent s: P(rank r) ∝ 1 / r^s. English prose is close to 1. */
  readonly zipfExponent: number;
  readonly paragraphsPerDocument: number;
}

export const DEFAULT_SYNTHETIC_CORPUS: SyntheticCorpusOptions = {
  paragraphs: 1000,
  seed: 42,
  vocabularySize: 40_000,
  zipfExponent: 1.05,
  paragraphsPerDocument: 25,
};

export interface SyntheticDocument {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly author: string | null;
  readonly paragraphs: readonly string[];
}

/** mulberry32: tiny, fast and good enough for test data; the same seed gives the same corpus everywhere. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pickInteger(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

// The most frequent English words, most frequent first: the head of the Zipf curve.
const HEAD_WORDS =
  'the of and to a in that is was he for it with as his on be at by had are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people mr how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
    ' ',
  );
const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'ch',
  'cr',
  'dr',
  'gr',
  'pl',
  'pr',
  'sh',
  'st',
  'tr',
  'th',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rk', 'ng'];

/** Pronounceable made-up words ("brastel", "mikou"), distinct, after the real head words. */
export function createVocabulary(size: number, random: () => number): string[] {
  const words: string[] = [...HEAD_WORDS.slice(0, size)];
  const seen = new Set(words);
  while (words.length < size) {
    const syllables = pickInteger(random, 1, 4);
    let word = '';
    for (let s = 0; s < syllables; s += 1) {
      word +=
        (ONSETS[Math.floor(random() * ONSETS.length)] ?? '') + (VOWELS[Math.floor(random() * VOWELS.length)] ?? '');
    }
    word += CODAS[Math.floor(random() * CODAS.length)] ?? '';
    if (word.length < 2 || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

/** Draws ranks 0..n-1 with P(r) ∝ 1/(r+1)^s, by binary search over the cumulative distribution. */
export function createZipfSampler(n: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r += 1) {
    total += 1 / (r + 1) ** exponent;
    cumulative[r] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const OUTLETS = ['The Daily Ledger', 'Northern Wire', 'Capital Courier', 'The Evening Record', 'Harbor Times'];
const AUTHORS = ['Ana Ruiz', 'Sam Okafor', 'Lena Park', null, 'Tom Becker'];

export function generateCorpus(options: Partial<SyntheticCorpusOptions> = {}): SyntheticDocument[] {
  const settings = { ...DEFAULT_SYNTHETIC_CORPUS, ...options };
  const random = createRandom(settings.seed);
  const vocabulary = createVocabulary(settings.vocabularySize, random);
  const nextWord = createZipfSampler(vocabulary.length, settings.zipfExponent, random);
  const word = (): string => vocabulary[nextWord()] ?? 'the';
  const sentence = (): string => {
    const words: string[] = [];
    const length = pickInteger(random, 8, 22);
    for (let i = 0; i < length; i += 1) words.push(word());
    const first = words[0] ?? 'the';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  };
  const documents: SyntheticDocument[] = [];
  for (let made = 0; made < settings.paragraphs; ) {
    const count = Math.min(settings.paragraphsPerDocument, settings.paragraphs - made);
    const paragraphs: string[] = [];
    for (let p = 0; p < count; p += 1) {
      const sentences: string[] = [];
      const length = pickInteger(random, 2, 5);
      for (let s = 0; s < length; s += 1) sentences.push(sentence());
      paragraphs.push(sentences.join(' '));
    }
    const n = documents.length;
    documents.push({
      id: `doc-${String(n).padStart(6, '0')}`,
      outlet: OUTLETS[n % OUTLETS.length] ?? 'The Daily Ledger',
      title: sentence().slice(0, -1),
      author: AUTHORS[n % AUTHORS.length] ?? null,
      paragraphs,
    });
    made += count;
  }
  return documents;
}

/** The file text: only outlet, title and author, the shape outside checks generate. */
export function renderCorpusFile(document: SyntheticDocument): string {
  const author = document.author === null ? 'null' : JSON.stringify(document.author);
  return `---\noutlet: ${document.outlet}\ntitle: ${JSON.stringify(document.title)}\nauthor: ${author}\n---\n${document.paragraphs.join('\n\n')}\n`;
}

export function writeCorpus(directory: string, documents: readonly SyntheticDocument[]): void {
  mkdirSync(directory, { recursive: true });
  for (const document of documents) writeFileSync(join(directory, `${document.id}.md`), renderCorpusFile(document));
}
