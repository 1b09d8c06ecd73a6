// The inverted index: integer term ids, postings in flat typed arrays (compressed-sparse-row layout),
// and paragraph-side weights already divided by the paragraph norm, so that ranking a question is
// a sum over the postings of its few terms and never a scan of every paragraph.
import type { CorpusDocument, Paragraph } from '../document/types.js';
import { analyzeWord } from '../text/analyze.js';
import type { Lexicon } from '../text/lexicon.js';
import { WordTable } from '../text/word-table.js';
import type { WordVectors } from '../text/word-vectors.js';
import { embedIndex, type IndexEmbedding } from './embed-index.js';
import { DEFAULT_SCORING, type ParagraphStats, type ScoringOptions } from './score.js';

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
  /** wp(t, p) of score.ts (the weighting's paragraphWeight), length normalisation included. */
  readonly postingWeight: Float32Array;
  /**
   * The forward index: paragraph p's term ids in reading order (stopwords left out, title not included)
   * are tokenTerms[tokenStart[p] .. tokenStart[p + 1] - 1]. Reranking reads it for adjacency and for
   * pseudo-relevance feedback without tokenizing any text at question time.
   */
  readonly tokenStart: Uint32Array;
  readonly tokenTerms: Uint32Array;
  /** Surface words (normalised, unstemmed) and how often each occurs: the spelling dictionary. */
  readonly wordFrequency: ReadonlyMap<string, number>;
  readonly scoring: ScoringOptions;
  readonly lexicon?: Lexicon | undefined;
  /** Term and paragraph vectors (embed-index.ts), when word vectors were given. */
  readonly embedding?: IndexEmbedding | undefined;
}

export interface BuildIndexOptions {
  readonly scoring?: ScoringOptions;
  /** English words and WordNet neighbours, for spelling and vocabulary bridging (src/lexicon loads it). */
  readonly lexicon?: Lexicon | undefined;
  /** Pre-trained word vectors (src/lexicon loads GloVe), for bridging vocabulary and paragraph similarity. */
  readonly vectors?: WordVectors | undefined;
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

export function buildIndex(documents: readonly CorpusDocument[], options: BuildIndexOptions = {}): SearchIndex {
  const scoring = options.scoring ?? DEFAULT_SCORING;
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
  // Per paragraph p: its distinct term ids and their counts in order of first occurrence, at positions
  // paragraphEnd[p - 1] .. paragraphEnd[p] - 1.
  // Counts are floats: a paragraph's share of its document's title is a fraction of an occurrence.
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
    const titleShare = indexedCount > 0 ? scoring.titleWeight / indexedCount : 0;
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

  const wordFrequency = new Map<string, number>();
  const wordTermIds: number[] = [];
  for (let w = 0; w < analyzedWords; w += 1)
    if ((wordTerm[w] as number) >= 0) {
      wordFrequency.set(words.words[w] as string, wordCount[w] as number);
      wordTermIds.push(wordTerm[w] as number);
    }

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

  // Norms first when the weighting needs them: pivoted normalisation needs their mean (the pivot)
  // before any weight is final.
  const n = paragraphEnd.length;
  const weighting = scoring.weighting;
  const norms = new Float64Array(n);
  const uniqueTerms = new Uint32Array(n);
  for (let p = 0, begin = 0; p < n; p += 1) {
    const end = paragraphEnd[p] ?? begin;
    if (weighting.needsNorm) {
      let squares = 0;
      for (let i = begin; i < end; i += 1) {
        const term = flatTerms[i] ?? 0;
        squares += weighting.normTerm(flatCounts[i] ?? 0, documentFrequency[term] ?? 0, n) ** 2;
      }
      norms[p] = Math.sqrt(squares);
    }
    uniqueTerms[p] = end - begin;
    begin = end;
  }
  const mean = (values: ArrayLike<number>): number => {
    let sum = 0;
    for (let i = 0; i < values.length; i += 1) sum += values[i] ?? 0;
    return values.length === 0 ? 0 : sum / values.length;
  };
  const meanNorm = mean(norms);
  const meanLength = mean(paragraphLengths);
  const meanUniqueTerms = mean(uniqueTerms);

  for (let p = 0, begin = 0; p < n; p += 1) {
    const end = paragraphEnd[p] ?? begin;
    const stats: ParagraphStats = {
      norm: norms[p] ?? 0,
      length: paragraphLengths[p] ?? 0,
      meanNorm,
      meanLength,
      uniqueTerms: uniqueTerms[p] ?? 0,
      meanUniqueTerms,
    };
    for (let i = begin; i < end; i += 1) {
      const term = flatTerms[i] ?? 0;
      const slot = fill[term] ?? 0;
      fill[term] = slot + 1;
      postingParagraph[slot] = p;
      postingWeight[slot] = weighting.paragraphWeight(flatCounts[i] ?? 0, stats, documentFrequency[term] ?? 0, n);
    }
    begin = end;
  }

  const embedding = options.vectors
    ? embedIndex(
        {
          termIds,
          wordFrequency,
          wordTermIds,
          documentFrequency,
          postingStart,
          postingParagraph,
          postingWeight,
          paragraphCount: n,
        },
        options.vectors,
      )
    : undefined;
  return {
    documents,
    paragraphs,
    termIds,
    documentFrequency,
    postingStart,
    postingParagraph,
    postingWeight,
    tokenStart: Uint32Array.from(tokenStart),
    tokenTerms: tokenTerms.slice(0, tokenCountAll),
    wordFrequency,
    scoring,
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
    ...(embedding ? { embedding } : {}),
  };
}
