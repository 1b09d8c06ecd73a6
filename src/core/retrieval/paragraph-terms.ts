// The token pass of the index build: each indexed paragraph's distinct terms and their counts, the
// forward index (term ids in reading order) and the surface words' frequencies, in one pass over the
// text. A function of its own, like each later phase of build-index.ts: when the whole build was one
// function, V8 compiled it hot in this loop and then threw that code away at the first run of each later
// phase ("insufficient type feedback"), nine times in a 50k build, compiling it again each time.
import type { CorpusDocument, Paragraph } from '../document/types.js';
import { analyzeWord } from '../text/analyze.js';
import { WordTable } from '../text/word-table.js';
import type { IndexedParagraph } from './build-index.js';

export interface ParagraphTerms {
  readonly paragraphs: IndexedParagraph[];
  readonly termIds: Map<string, number>;
  /**
   * Paragraph p's distinct term ids and their counts, in order of first occurrence, at positions
   * paragraphEnd[p - 1] .. paragraphEnd[p] - 1 (of `entries` in all). Counts are floats: a paragraph's
   * share of its document's title is a fraction of an occurrence.
   */
  readonly flatTerms: Uint32Array;
  readonly flatCounts: Float32Array;
  readonly entries: number;
  readonly paragraphEnd: readonly number[];
  /** Tokens that are not stopwords plus the title's share: BM25's paragraph length. */
  readonly paragraphLengths: readonly number[];
  readonly tokenStart: Uint32Array;
  readonly tokenTerms: Uint32Array;
  /** Surface words (not stopwords) by first occurrence, with their counts; wordTermIds in the same order. */
  readonly wordFrequency: Map<string, number>;
  readonly wordTermIds: readonly number[];
}

/**
 * A typed array that doubles (at least to `atLeast`) when full: per-paragraph term lists laid end to end,
 * no array per paragraph.
 */
function grow(array: Uint32Array<ArrayBuffer>, atLeast = 0): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(Math.max(array.length * 2, atLeast));
  bigger.set(array);
  return bigger;
}

function growFloat(array: Float32Array<ArrayBuffer>, atLeast = 0): Float32Array<ArrayBuffer> {
  const bigger = new Float32Array(Math.max(array.length * 2, atLeast));
  bigger.set(array);
  return bigger;
}

function growInt(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function collectParagraphTerms(documents: readonly CorpusDocument[], titleWeight: number): ParagraphTerms {
  const collector = new TermCollector();
  for (const document of documents) {
    // The title as a weighted field of the document: worth `titleWeight` occurrences of each title term,
    // shared evenly by the document's indexed paragraphs (so a one-paragraph abstract gets all of it and
    // a twenty-paragraph article spreads it thin instead of making every paragraph match the title).
    const indexedCount = document.paragraphs.filter((p) => !p.excluded).length;
    const titleShare = indexedCount > 0 ? titleWeight / indexedCount : 0;
    const titleTerms = titleShare > 0 ? collector.titleTermIds(document.title) : [];
    for (const paragraph of document.paragraphs)
      if (!paragraph.excluded) collector.addParagraph(paragraph, document, titleTerms, titleShare);
  }
  return collector.finish();
}

/**
 * The pass's state, one paragraph per addParagraph call: a small method called 50k times is compiled
 * with the feedback of every path, where one long loop was compiled on the fly and thrown away again.
 */
class TermCollector {
  readonly paragraphs: IndexedParagraph[] = [];
  readonly termIds = new Map<string, number>();
  /** Each distinct surface word goes through analyzeWord once; the table hands out word ids. */
  private readonly words = new WordTable();
  /** By word id: its term id (-1 for a stopword) and how often it occurs in paragraphs. */
  private wordTerm = new Int32Array(1 << 12);
  private wordCount = new Int32Array(1 << 12);
  private analyzedWords = 0;
  /** By term id: the paragraph that last met it and its entry there, so a term met again is found. */
  private lastSeen = new Int32Array(1 << 12);
  private slotOf = new Int32Array(1 << 12);
  /** ParagraphTerms.flatTerms and flatCounts, grown as needed; `used` entries so far. */
  private flatTerms = new Uint32Array(1 << 16);
  private flatCounts = new Float32Array(1 << 16);
  private used = 0;
  private readonly paragraphEnd: number[] = [];
  private readonly paragraphLengths: number[] = [];
  private tokenTerms = new Uint32Array(1 << 16);
  private tokenCountAll = 0;
  private readonly tokenStart: number[] = [0];
  // Titles through a word table of their own: the same terms as analyzeText(title), in order, repeats
  // kept, with each distinct title word analysed once instead of normalising and tokenizing 2,000
  // titles afresh. Its own table, because title words must not join the paragraphs' word frequencies
  // or change their order (the spelling dictionary's).
  private readonly titleWords = new WordTable();
  private readonly titleWordTerm: number[] = [];

  private termIdOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      if (id === this.lastSeen.length) {
        this.lastSeen = growInt(this.lastSeen);
        this.slotOf = growInt(this.slotOf);
      }
      this.lastSeen[id] = -1;
    }
    return id;
  }

  titleTermIds(title: string): number[] {
    const count = this.titleWords.scanText(title);
    const ids = this.titleWords.ids;
    const terms: number[] = [];
    for (let k = 0; k < count; k += 1) {
      const w = ids[k] as number;
      if (w === this.titleWordTerm.length) {
        const term = analyzeWord(this.titleWords.words[w] as string);
        this.titleWordTerm.push(term === null ? -1 : this.termIdOf(term));
      }
      const id = this.titleWordTerm[w] as number;
      if (id >= 0) terms.push(id);
    }
    return terms;
  }

  /** Adds `amount` occurrences of term `id` to paragraph `p`, whose entries start at the current paragraph. */
  private addOccurrence(p: number, id: number, amount: number): void {
    if (this.lastSeen[id] === p) {
      const slot = this.slotOf[id] as number;
      this.flatCounts[slot] = (this.flatCounts[slot] as number) + amount;
      return;
    }
    this.lastSeen[id] = p;
    this.slotOf[id] = this.used;
    if (this.used === this.flatTerms.length) {
      this.flatTerms = grow(this.flatTerms);
      this.flatCounts = growFloat(this.flatCounts);
    }
    this.flatTerms[this.used] = id;
    this.flatCounts[this.used] = amount;
    this.used += 1;
  }

  /** Words met for the first time, in id order (their order of first occurrence), analysed. */
  private analyzeNewWords(): void {
    const words = this.words.words;
    while (words.length > this.wordTerm.length) {
      this.wordTerm = growInt(this.wordTerm);
      this.wordCount = growInt(this.wordCount);
    }
    for (let w = this.analyzedWords; w < words.length; w += 1) {
      const term = analyzeWord(words[w] as string);
      this.wordTerm[w] = term === null ? -1 : this.termIdOf(term);
    }
    this.analyzedWords = words.length;
  }

  addParagraph(
    paragraph: Paragraph,
    document: CorpusDocument,
    titleTerms: readonly number[],
    titleShare: number,
  ): void {
    const p = this.paragraphs.length;
    const tokenCount = this.words.scanText(paragraph.text);
    // Terms get their ids in the order the token stream first meets them, as a token-by-token pass gives.
    if (this.words.words.length > this.analyzedWords) this.analyzeNewWords();
    if (this.tokenCountAll + tokenCount > this.tokenTerms.length)
      this.tokenTerms = grow(this.tokenTerms, this.tokenCountAll + tokenCount);
    if (this.used + tokenCount > this.flatTerms.length) {
      this.flatTerms = grow(this.flatTerms, this.used + tokenCount);
      this.flatCounts = growFloat(this.flatCounts, this.used + tokenCount);
    }
    const ids = this.words.ids;
    const { wordTerm, wordCount, lastSeen, slotOf, flatTerms, flatCounts, tokenTerms } = this;
    const tokensBefore = this.tokenCountAll;
    let used = this.used;
    let length = 0;
    for (let k = 0; k < tokenCount; k += 1) {
      const w = ids[k] as number;
      const id = wordTerm[w] as number;
      if (id < 0) continue;
      wordCount[w] = (wordCount[w] as number) + 1;
      tokenTerms[tokensBefore + length] = id;
      length += 1;
      if (lastSeen[id] === p) {
        const slot = slotOf[id] as number;
        flatCounts[slot] = (flatCounts[slot] as number) + 1;
      } else {
        lastSeen[id] = p;
        slotOf[id] = used;
        flatTerms[used] = id;
        flatCounts[used] = 1;
        used += 1;
      }
    }
    this.used = used;
    this.tokenCountAll = tokensBefore + length;
    for (const id of titleTerms) this.addOccurrence(p, id, titleShare);
    this.paragraphs.push({ paragraph, document });
    this.paragraphEnd.push(this.used);
    this.paragraphLengths.push(length + titleTerms.length * titleShare);
    this.tokenStart.push(this.tokenCountAll);
  }

  finish(): ParagraphTerms {
    const { wordFrequency, wordTermIds } = listWords(this.words.words, this.wordTerm, this.wordCount);
    return {
      paragraphs: this.paragraphs,
      termIds: this.termIds,
      flatTerms: this.flatTerms,
      flatCounts: this.flatCounts,
      entries: this.used,
      paragraphEnd: this.paragraphEnd,
      paragraphLengths: this.paragraphLengths,
      tokenStart: Uint32Array.from(this.tokenStart),
      tokenTerms: this.tokenTerms.slice(0, this.tokenCountAll),
      wordFrequency,
      wordTermIds,
    };
  }
}

/** The words that are not stopwords, in id order (first occurrence), with their counts and term ids. */
function listWords(
  words: readonly string[],
  wordTerm: Int32Array,
  wordCount: Int32Array,
): { wordFrequency: Map<string, number>; wordTermIds: number[] } {
  const wordFrequency = new Map<string, number>();
  const wordTermIds: number[] = [];
  for (let w = 0; w < words.length; w += 1)
    if ((wordTerm[w] as number) >= 0) {
      wordFrequency.set(words[w] as string, wordCount[w] as number);
      wordTermIds.push(wordTerm[w] as number);
    }
  return { wordFrequency, wordTermIds };
}
