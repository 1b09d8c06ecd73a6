// The token pass of the index build: each indexed paragraph's distinct terms and their counts, the
// forward index (term ids in reading order) and the surface words' frequencies, in one pass over the
// text. A function of its own, like each later phase of build-index.ts: when the whole build was one
// function, V8 compiled it hot in this loop and then threw that code away at the first run of each later
// phase ("insufficient type feedback"), nine times in a 50k build, compiling it again each time.
import type { CorpusDocument } from '../document/types.js';
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
  const paragraphs: IndexedParagraph[] = [];
  const termIds = new Map<string, number>();
  // Each distinct surface word goes through analyzeWord once: its term id (-1 for a stopword) and count.
  // The word table hands out word ids without a string or a map lookup per token.
  const words = new WordTable();
  // By word id: its term id (-1 for a stopword) and how often it occurs. By term id: the paragraph that
  // last met it and its entry there (lastSeen/slotOf), so a term already met in this paragraph is found.
  // Typed arrays read in one small loop per paragraph (below), not closures over JavaScript arrays.
  let wordTerm = new Int32Array(1 << 12);
  let wordCount = new Int32Array(1 << 12);
  let analyzedWords = 0;
  let lastSeen = new Int32Array(1 << 12);
  let slotOf = new Int32Array(1 << 12);
  // ParagraphTerms.flatTerms and flatCounts, grown as needed.
  let flatTerms = new Uint32Array(1 << 16);
  let flatCounts = new Float32Array(1 << 16);
  const paragraphEnd: number[] = [];
  const paragraphLengths: number[] = [];
  let used = 0;
  let tokenTerms = new Uint32Array(1 << 16);
  let tokenCountAll = 0;
  const tokenStart: number[] = [0];

  const termIdOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
      if (id === lastSeen.length) {
        lastSeen = growInt(lastSeen);
        slotOf = growInt(slotOf);
      }
      lastSeen[id] = -1;
    }
    return id;
  };
  // Titles through a word table of their own: the same terms as analyzeText(title), in order, repeats
  // kept, with each distinct title word analysed once instead of normalising and tokenizing 2,000
  // titles afresh. Its own table, because title words must not join the paragraphs' word frequencies
  // or change their order (the spelling dictionary's).
  const titleWords = new WordTable();
  const titleWordTerm: number[] = [];
  const titleTermIds = (title: string): number[] => {
    const count = titleWords.scanText(title);
    const ids = titleWords.ids;
    const terms: number[] = [];
    for (let k = 0; k < count; k += 1) {
      const w = ids[k] as number;
      if (w === titleWordTerm.length) {
        const term = analyzeWord(titleWords.words[w] as string);
        titleWordTerm.push(term === null ? -1 : termIdOf(term));
      }
      const id = titleWordTerm[w] as number;
      if (id >= 0) terms.push(id);
    }
    return terms;
  };
  /** Adds `amount` occurrences of term `id` to paragraph `p`, whose entries start at the current paragraph. */
  const addOccurrence = (p: number, id: number, amount: number): void => {
    if (lastSeen[id] === p) {
      const slot = slotOf[id] as number;
      flatCounts[slot] = (flatCounts[slot] as number) + amount;
      return;
    }
    lastSeen[id] = p;
    slotOf[id] = used;
    if (used === flatTerms.length) {
      flatTerms = grow(flatTerms);
      flatCounts = growFloat(flatCounts);
    }
    flatTerms[used] = id;
    flatCounts[used] = amount;
    used += 1;
  };

  for (const document of documents) {
    // The title as a weighted field of the document: worth `titleWeight` occurrences of each title term,
    // shared evenly by the document's indexed paragraphs (so a one-paragraph abstract gets all of it and
    // a twenty-paragraph article spreads it thin instead of making every paragraph match the title).
    const indexedCount = document.paragraphs.filter((p) => !p.excluded).length;
    const titleShare = indexedCount > 0 ? titleWeight / indexedCount : 0;
    const titleTerms = titleShare > 0 ? titleTermIds(document.title) : [];
    for (const paragraph of document.paragraphs) {
      if (paragraph.excluded) continue;
      const p = paragraphs.length;
      const tokenCount = words.scanText(paragraph.text);
      // Words met for the first time, in id order, which is their order of first occurrence: so terms
      // get their ids in the order the token stream first meets them, as a token-by-token pass gives.
      if (words.words.length > analyzedWords) {
        while (words.words.length > wordTerm.length) {
          wordTerm = growInt(wordTerm);
          wordCount = growInt(wordCount);
        }
        for (let w = analyzedWords; w < words.words.length; w += 1) {
          const term = analyzeWord(words.words[w] as string);
          wordTerm[w] = term === null ? -1 : termIdOf(term);
        }
        analyzedWords = words.words.length;
      }
      if (tokenCountAll + tokenCount > tokenTerms.length) tokenTerms = grow(tokenTerms, tokenCountAll + tokenCount);
      if (used + tokenCount > flatTerms.length) {
        flatTerms = grow(flatTerms, used + tokenCount);
        flatCounts = growFloat(flatCounts, used + tokenCount);
      }
      const ids = words.ids;
      let length = 0;
      for (let k = 0; k < tokenCount; k += 1) {
        const w = ids[k] as number;
        const id = wordTerm[w] as number;
        if (id < 0) continue;
        wordCount[w] = (wordCount[w] as number) + 1;
        tokenTerms[tokenCountAll + length] = id;
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
      tokenCountAll += length;
      for (const id of titleTerms) addOccurrence(p, id, titleShare);
      paragraphs.push({ paragraph, document });
      paragraphEnd.push(used);
      paragraphLengths.push(length + titleTerms.length * titleShare);
      tokenStart.push(tokenCountAll);
    }
  }

  const { wordFrequency, wordTermIds } = listWords(words.words, wordTerm, wordCount);
  return {
    paragraphs,
    termIds,
    flatTerms,
    flatCounts,
    entries: used,
    paragraphEnd,
    paragraphLengths,
    tokenStart: Uint32Array.from(tokenStart),
    tokenTerms: tokenTerms.slice(0, tokenCountAll),
    wordFrequency,
    wordTermIds,
  };
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
