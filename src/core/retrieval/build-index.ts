// The inverted index: integer term ids, postings in flat typed arrays (compressed-sparse-row layout),
// and paragraph-side weights already divided by the paragraph norm, so that ranking a question is
// a sum over the postings of its few terms and never a scan of every paragraph.
import type { CorpusDocument, Paragraph } from '../document/types.js';
import { analyzeWord } from '../text/analyze.js';
import { WordTable } from '../text/word-table.js';
import { DEFAULT_SCORING, dampTermFrequency, type ScoringOptions } from './score.js';

export interface IndexedParagraph {
  readonly paragraph: Paragraph;
  readonly document: CorpusDocument;
}

export interface SearchIndex {
  readonly documents: readonly CorpusDocument[];
  /** Only paragraphs that are not furniture; a posting's paragraph number indexes this array. */
  readonly paragraphs: readonly IndexedParagraph[];
  readonly termIds: ReadonlyMap<string, number>;
  /** Paragraphs containing each term (document frequency), by term id. */
  readonly documentFrequency: Uint32Array;
  /** Postings of term t are positions postingStart[t] .. postingStart[t + 1] - 1. */
  readonly postingStart: Uint32Array;
  readonly postingParagraph: Uint32Array;
  /** wp(t, p) of score.ts, already length-normalised. */
  readonly postingWeight: Float32Array;
  /** Surface words (normalised, unstemmed) and how often each occurs: the spelling dictionary. */
  readonly wordFrequency: ReadonlyMap<string, number>;
  readonly scoring: ScoringOptions;
}

export interface BuildIndexOptions {
  readonly scoring?: ScoringOptions;
}

/** A typed array that doubles when full: per-paragraph term lists laid end to end, no array per paragraph. */
function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function buildIndex(documents: readonly CorpusDocument[], options: BuildIndexOptions = {}): SearchIndex {
  const scoring = options.scoring ?? DEFAULT_SCORING;
  const paragraphs: IndexedParagraph[] = [];
  const termIds = new Map<string, number>();
  // Each distinct surface word goes through analyzeWord once: its term id (-1 for a stopword) and count.
  // The word table hands out word ids without a string or a map lookup per token.
  const words = new WordTable();
  const wordTerm: number[] = [];
  const wordCount: number[] = [];
  // Per paragraph p: its distinct term ids and their counts in order of first occurrence, at positions
  // paragraphEnd[p - 1] .. paragraphEnd[p] - 1. lastSeen/slotOf find a term already met in this paragraph.
  let flatTerms = new Uint32Array(1 << 16);
  let flatCounts = new Uint32Array(1 << 16);
  const paragraphEnd: number[] = [];
  const lastSeen: number[] = [];
  const slotOf: number[] = [];
  let used = 0;

  for (const document of documents) {
    for (const paragraph of document.paragraphs) {
      if (paragraph.excluded) continue;
      const p = paragraphs.length;
      const tokenCount = words.scanText(paragraph.text);
      const ids = words.ids;
      for (let k = 0; k < tokenCount; k += 1) {
        const w = ids[k] ?? 0;
        if (w === wordTerm.length) {
          // A word met for the first time (ids are handed out in order).
          const term = analyzeWord(words.words[w] ?? '');
          let id = term === null ? -1 : termIds.get(term);
          if (id === undefined && term !== null) {
            id = termIds.size;
            termIds.set(term, id);
            lastSeen.push(-1);
            slotOf.push(0);
          }
          wordTerm.push(id ?? -1);
          wordCount.push(0);
        }
        const id = wordTerm[w] ?? -1;
        if (id < 0) continue;
        wordCount[w] = (wordCount[w] ?? 0) + 1;
        if (lastSeen[id] === p) {
          const slot = slotOf[id] ?? 0;
          flatCounts[slot] = (flatCounts[slot] ?? 0) + 1;
        } else {
          lastSeen[id] = p;
          slotOf[id] = used;
          if (used === flatTerms.length) {
            flatTerms = grow(flatTerms);
            flatCounts = grow(flatCounts);
          }
          flatTerms[used] = id;
          flatCounts[used] = 1;
          used += 1;
        }
      }
      paragraphs.push({ paragraph, document });
      paragraphEnd.push(used);
    }
  }

  const wordFrequency = new Map<string, number>();
  for (let w = 0; w < wordTerm.length; w += 1)
    if ((wordTerm[w] ?? -1) >= 0) wordFrequency.set(words.words[w] ?? '', wordCount[w] ?? 0);

  const termCount = termIds.size;
  const documentFrequency = new Uint32Array(termCount);
  for (let i = 0; i < used; i += 1) {
    const term = flatTerms[i] ?? 0;
    documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  }

  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t += 1) postingStart[t + 1] = (postingStart[t] ?? 0) + (documentFrequency[t] ?? 0);
  const fill = postingStart.slice(0, termCount);
  const postingParagraph = new Uint32Array(used);
  const postingWeight = new Float32Array(used);

  for (let p = 0, begin = 0; p < paragraphEnd.length; p += 1) {
    const end = paragraphEnd[p] ?? begin;
    let squares = 0;
    for (let i = begin; i < end; i += 1) squares += dampTermFrequency(clampCount(flatCounts[i]), scoring) ** 2;
    const norm = Math.sqrt(squares) || 1;
    for (let i = begin; i < end; i += 1) {
      const term = flatTerms[i] ?? 0;
      const slot = fill[term] ?? 0;
      fill[term] = slot + 1;
      postingParagraph[slot] = p;
      postingWeight[slot] = dampTermFrequency(clampCount(flatCounts[i]), scoring) / norm;
    }
    begin = end;
  }

  return {
    documents,
    paragraphs,
    termIds,
    documentFrequency,
    postingStart,
    postingParagraph,
    postingWeight,
    wordFrequency,
    scoring,
  };
}

/** Counts were kept in 16 bits before; a term repeated 65,535 times in one paragraph stays capped there. */
function clampCount(count: number | undefined): number {
  return Math.min(count ?? 0, 0xffff);
}
