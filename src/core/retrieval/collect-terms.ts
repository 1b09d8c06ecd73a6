// The first pass of building the index (build-index.ts): every indexed paragraph's distinct terms with
// their counts, its terms in reading order (the forward index), its length, and the spelling dictionary.
// One pass over millions of tokens, so the working state is typed arrays in one object (no closures
// over mutable locals, no arrays of boxed numbers), grown by doubling.
import type { CorpusDocument } from '../document/types.js';
import { analyzeText, analyzeWord } from '../text/analyze.js';
import { WordTable } from '../text/word-table.js';
import type { IndexedParagraph } from './build-index.js';

export interface CollectedTerms {
  readonly paragraphs: IndexedParagraph[];
  readonly termIds: Map<string, number>;
  /**
   * Paragraph p's distinct term ids and their counts, in order of first occurrence, at positions
   * paragraphEnd[p - 1] .. paragraphEnd[p] - 1 of `terms` and `counts` (first `used` entries valid).
   * Counts are floats: a paragraph's share of its document's title is a fraction of an occurrence.
   */
  readonly terms: Uint32Array;
  readonly counts: Float32Array;
  readonly used: number;
  readonly paragraphEnd: Uint32Array;
  /** Tokens per paragraph, title share included. */
  readonly paragraphLengths: Float64Array;
  readonly tokenStart: Uint32Array;
  readonly tokenTerms: Uint32Array;
  readonly wordFrequency: Map<string, number>;
}

function growUint(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const bigger = new Uint32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

function growInt(array: Int32Array<ArrayBuffer>, needed: number, fill: number): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const bigger = new Int32Array(Math.max(needed, array.length * 2)).fill(fill, array.length);
  bigger.set(array);
  return bigger;
}

function growFloat32(array: Float32Array<ArrayBuffer>, needed: number): Float32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const bigger = new Float32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

function growFloat64(array: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const bigger = new Float64Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

class TermCollector {
  readonly termIds = new Map<string, number>();
  readonly paragraphs: IndexedParagraph[] = [];
  readonly words = new WordTable();
  /** By word id: its term id (-1 for a stopword, -2 not analysed yet) and how often it occurred. */
  wordTerm = new Int32Array(1 << 12).fill(-2);
  wordCount = new Uint32Array(1 << 12);
  /** By term id: the last paragraph that met it and where its entry for that paragraph is. */
  lastSeen = new Int32Array(1 << 12).fill(-1);
  slotOf = new Uint32Array(1 << 12);
  terms = new Uint32Array(1 << 16);
  counts = new Float32Array(1 << 16);
  used = 0;
  paragraphEnd = new Uint32Array(1 << 10);
  paragraphLengths = new Float64Array(1 << 10);
  tokenTerms = new Uint32Array(1 << 16);
  tokenCount = 0;
  tokenStart = new Uint32Array(1 << 10);

  termIdOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      this.lastSeen = growInt(this.lastSeen, id + 1, -1);
      this.slotOf = growUint(this.slotOf, id + 1);
    }
    return id;
  }

  /** Adds `amount` occurrences of term `id` to paragraph `p` (the paragraph being collected). */
  addOccurrence(p: number, id: number, amount: number): void {
    if (this.lastSeen[id] === p) {
      const slot = this.slotOf[id] as number;
      this.counts[slot] = (this.counts[slot] as number) + amount;
      return;
    }
    this.lastSeen[id] = p;
    const used = this.used;
    this.slotOf[id] = used;
    if (used === this.terms.length) {
      this.terms = growUint(this.terms, used + 1);
      this.counts = growFloat32(this.counts, used + 1);
    }
    this.terms[used] = id;
    this.counts[used] = amount;
    this.used = used + 1;
  }

  /** The term id of word `w` of the word table, analysing the word the first time it is met. */
  termOfWord(w: number): number {
    if (w >= this.wordTerm.length) {
      this.wordTerm = growInt(this.wordTerm, w + 1, -2);
      this.wordCount = growUint(this.wordCount, w + 1);
    }
    let id = this.wordTerm[w] as number;
    if (id === -2) {
      const term = analyzeWord(this.words.words[w] ?? '');
      id = term === null ? -1 : this.termIdOf(term);
      this.wordTerm[w] = id;
    }
    return id;
  }

  addParagraph(text: string, titleTerms: readonly number[], titleShare: number): void {
    const p = this.paragraphs.length;
    let length = 0;
    const tokenCount = this.words.scanText(text);
    const ids = this.words.ids;
    this.tokenTerms = growUint(this.tokenTerms, this.tokenCount + tokenCount);
    for (let k = 0; k < tokenCount; k += 1) {
      const w = ids[k] as number;
      const id = this.termOfWord(w);
      if (id < 0) continue;
      this.wordCount[w] = (this.wordCount[w] as number) + 1;
      this.addOccurrence(p, id, 1);
      this.tokenTerms[this.tokenCount++] = id;
      length += 1;
    }
    for (const id of titleTerms) this.addOccurrence(p, id, titleShare);
    this.paragraphEnd = growUint(this.paragraphEnd, p + 1);
    this.paragraphLengths = growFloat64(this.paragraphLengths, p + 1);
    this.tokenStart = growUint(this.tokenStart, p + 2);
    this.paragraphEnd[p] = this.used;
    this.paragraphLengths[p] = length + titleTerms.length * titleShare;
    this.tokenStart[p + 1] = this.tokenCount;
  }

  /** Surface words (not stopwords) and their counts, in order of first occurrence. */
  wordFrequency(): Map<string, number> {
    const frequency = new Map<string, number>();
    const words = this.words.words;
    for (let w = 0; w < words.length; w += 1)
      if ((this.wordTerm[w] ?? -1) >= 0) frequency.set(words[w] ?? '', this.wordCount[w] ?? 0);
    return frequency;
  }
}

/**
 * Every indexed paragraph's terms. The title is a weighted field of its document: worth `titleWeight`
 * occurrences of each title term, shared evenly by the document's indexed paragraphs (so a one-paragraph
 * abstract gets all of it and a twenty-paragraph article spreads it thin instead of making every
 * paragraph match the title).
 */
export function collectTerms(documents: readonly CorpusDocument[], titleWeight: number): CollectedTerms {
  const c = new TermCollector();
  for (const document of documents) {
    const indexedCount = document.paragraphs.filter((p) => !p.excluded).length;
    const titleShare = indexedCount > 0 ? titleWeight / indexedCount : 0;
    const titleTerms = titleShare > 0 ? analyzeText(document.title).map((t) => c.termIdOf(t.term)) : [];
    for (const paragraph of document.paragraphs) {
      if (paragraph.excluded) continue;
      c.addParagraph(paragraph.text, titleTerms, titleShare);
      c.paragraphs.push({ paragraph, document });
    }
  }
  const n = c.paragraphs.length;
  return {
    paragraphs: c.paragraphs,
    termIds: c.termIds,
    terms: c.terms,
    counts: c.counts,
    used: c.used,
    paragraphEnd: c.paragraphEnd.slice(0, n),
    paragraphLengths: c.paragraphLengths.slice(0, n),
    tokenStart: c.tokenStart.slice(0, n + 1),
    tokenTerms: c.tokenTerms.slice(0, c.tokenCount),
    wordFrequency: c.wordFrequency(),
  };
}
