// The index's side of word vectors (issue 10: bridge vocabulary inside the vector space, never by
// generating text). Built once with the postings:
//   - a unit vector per corpus term: the count-weighted mean of its surface words' GloVe vectors
//     ("resign", "resigned", "resignation" share the stem "resign");
//   - a unit vector per paragraph: Σ_t wp(t, p) · idf(t) · v(t) over terms in at most 10% of the
//     paragraphs, the paragraph's BM25 weights spread
//     over the vector space, so a question can be compared with it even when no word is shared.
// Terms GloVe lacks (names, numbers, typos) have no vector and count for nothing here.
import {
  addScaledRow,
  dotRow,
  normalizeInPlace,
  normalizeRow,
  vectorRow,
  type WordVectors,
} from '../text/word-vectors.js';
import { inverseDocumentFrequency } from './score.js';

export interface IndexEmbedding {
  readonly vectors: WordVectors;
  readonly dims: number;
  /** termCount × dims, row t the unit vector of term t (all zero when hasVector[t] is 0). */
  readonly termVectors: Float32Array;
  readonly hasVector: Uint8Array;
  /** The commonest surface word of each term with a vector: how an expansion is shown ("spy ≈ intelligence"). */
  readonly termWord: readonly string[];
  /**
   * The terms a question word may be bridged to: those with a vector, commonest first, at most
   * MAX_BRIDGE_CANDIDATES, so finding a word's neighbours costs a bounded scan whatever the corpus.
   */
  readonly bridgeCandidates: Uint32Array;
  /** The vectors of bridgeCandidates, row k the vector of term bridgeCandidates[k]: one sequential scan. */
  readonly bridgeVectors: Float32Array;
  /** paragraphCount × dims, unit rows. */
  readonly paragraphVectors: Float32Array;
}

/**
 * Terms in more than this share of the paragraphs are left out of paragraph vectors: they say what every
 * paragraph says (the corpus's topic), so they pull every paragraph vector the same way. The same cap as
 * feedback's; measured better on dev2 and Cranfield and equal on SQuAD (docs/design.md 7b), and it skips
 * most of the postings of a large corpus at build time.
 */
export const MAX_PARAGRAPH_VECTOR_DF_SHARE = 0.1;

/** Terms scanned for a question word's neighbours (5k × 100 dimensions ≈ 0.5 ms): 5k, 20k and 2k measured alike on all five sets. */
export const MAX_BRIDGE_CANDIDATES = 5_000;

interface PostingsView {
  readonly termIds: ReadonlyMap<string, number>;
  readonly wordFrequency: ReadonlyMap<string, number>;
  /** The term id of each word of wordFrequency, in its order: the build analysed every word already. */
  readonly wordTermIds: ArrayLike<number>;
  readonly documentFrequency: Uint32Array;
  readonly postingStart: Uint32Array;
  readonly postingParagraph: Uint32Array;
  readonly postingWeight: Float32Array;
  readonly paragraphCount: number;
}

export function embedIndex(index: PostingsView, vectors: WordVectors): IndexEmbedding {
  const { dims } = vectors;
  const termCount = index.termIds.size;
  const termVectors = new Float32Array(termCount * dims);
  const hasVector = new Uint8Array(termCount);
  const termWord: string[] = [];
  const termWordCount: number[] = [];
  let w = 0;
  // forEach, not for-of over entries: no [word, count] array per word (40k of them at 50k paragraphs).
  index.wordFrequency.forEach((count, word) => {
    const t = index.wordTermIds[w++] as number;
    const vector = vectors.vectorOf(word);
    if (vector === undefined) return;
    hasVector[t] = 1;
    if (count > (termWordCount[t] ?? 0)) {
      termWord[t] = word;
      termWordCount[t] = count;
    }
    const row = t * dims;
    for (let i = 0; i < dims; i += 1)
      termVectors[row + i] = (termVectors[row + i] as number) + count * (vector[i] as number);
  });
  for (let t = 0; t < termCount; t += 1) if (hasVector[t]) normalizeRow(termVectors, t * dims, dims);
  const paragraphVectors = embedParagraphs(index, termVectors, hasVector, dims);
  const withVector: number[] = [];
  for (let t = 0; t < termCount; t += 1) if (hasVector[t]) withVector.push(t);
  const df = index.documentFrequency;
  withVector.sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0) || a - b);
  const bridgeCandidates = Uint32Array.from(withVector.slice(0, MAX_BRIDGE_CANDIDATES));
  const bridgeVectors = new Float32Array(bridgeCandidates.length * dims);
  for (let k = 0; k < bridgeCandidates.length; k += 1)
    bridgeVectors.set(vectorRow(termVectors, bridgeCandidates[k] as number, dims), k * dims);
  return { vectors, dims, termVectors, hasVector, termWord, bridgeCandidates, bridgeVectors, paragraphVectors };
}

/**
 * Σ_t wp(t, p) · idf(t) · v(t) for every paragraph, as unit rows. The kept postings are first turned
 * paragraph-major, terms ascending within a paragraph: each row is then summed in one small Float32Array
 * that stays in cache (adding row after row of 400 bytes scattered over the whole matrix did not), with
 * the same float32 rounding after every addition and the terms in the same order as a term-by-term pass,
 * so the rows are the same to the last bit.
 */
function embedParagraphs(
  index: PostingsView,
  termVectors: Float32Array,
  hasVector: Uint8Array,
  dims: number,
): Float32Array {
  const n = index.paragraphCount;
  // At least one paragraph, or a corpus of fewer than ten paragraphs would have no paragraph vectors at all.
  const dfCap = Math.max(1, MAX_PARAGRAPH_VECTOR_DF_SHARE * n);
  const kept = new Uint8Array(hasVector.length);
  for (let t = 0; t < kept.length; t += 1)
    kept[t] = hasVector[t] === 1 && (index.documentFrequency[t] as number) <= dfCap ? 1 : 0;
  // Three phases, three functions: each hot loop compiled on its own (one function with all three was
  // compiled in the first and thrown away at the next).
  const rowStart = countRowEntries(index, kept);
  const { entryTerm, entryWeight } = fillRowEntries(index, kept, rowStart);
  return sumRows(rowStart, entryTerm, entryWeight, termVectors, dims);
}

/** rowStart[p] .. rowStart[p + 1] - 1: where paragraph p's kept postings go. */
function countRowEntries(index: PostingsView, kept: Uint8Array): Uint32Array {
  const { postingStart, postingParagraph } = index;
  const n = index.paragraphCount;
  const rowStart = new Uint32Array(n + 1);
  for (let t = 0; t < kept.length; t += 1) {
    if (kept[t] === 0) continue;
    const end = postingStart[t + 1] as number;
    for (let i = postingStart[t] as number; i < end; i += 1) {
      const p = postingParagraph[i] as number;
      rowStart[p + 1] = (rowStart[p + 1] as number) + 1;
    }
  }
  for (let p = 0; p < n; p += 1) rowStart[p + 1] = (rowStart[p + 1] as number) + (rowStart[p] as number);
  return rowStart;
}

/** The kept postings paragraph-major, terms ascending within a paragraph, each weighed wp(t, p) · idf(t). */
function fillRowEntries(
  index: PostingsView,
  kept: Uint8Array,
  rowStart: Uint32Array,
): { entryTerm: Uint32Array; entryWeight: Float64Array } {
  const { documentFrequency, postingStart, postingParagraph, postingWeight } = index;
  const n = index.paragraphCount;
  const fill = rowStart.slice(0, n);
  const entryTerm = new Uint32Array(rowStart[n] as number);
  const entryWeight = new Float64Array(rowStart[n] as number);
  for (let t = 0; t < kept.length; t += 1) {
    if (kept[t] === 0) continue;
    const idf = inverseDocumentFrequency(documentFrequency[t] as number, n);
    const end = postingStart[t + 1] as number;
    for (let i = postingStart[t] as number; i < end; i += 1) {
      const p = postingParagraph[i] as number;
      const slot = fill[p] as number;
      fill[p] = slot + 1;
      entryTerm[slot] = t;
      entryWeight[slot] = idf * (postingWeight[i] as number);
    }
  }
  return { entryTerm, entryWeight };
}

/** Each paragraph's row: its entries' weighted term vectors summed in order, then normalised. */
function sumRows(
  rowStart: Uint32Array,
  entryTerm: Uint32Array,
  entryWeight: Float64Array,
  termVectors: Float32Array,
  dims: number,
): Float32Array {
  const n = rowStart.length - 1;
  const paragraphVectors = new Float32Array(n * dims);
  const sum = new Float32Array(dims);
  for (let p = 0; p < n; p += 1) {
    const begin = rowStart[p] as number;
    const end = rowStart[p + 1] as number;
    if (begin === end) continue;
    sum.fill(0);
    for (let k = begin; k < end; k += 1)
      addScaledRow(sum, entryWeight[k] as number, termVectors, (entryTerm[k] as number) * dims);
    paragraphVectors.set(sum, p * dims);
    normalizeRow(paragraphVectors, p * dims, dims);
  }
  return paragraphVectors;
}

/**
 * Corpus terms nearest to `vector` (cosine ≥ `floor`), best first (ties in candidate order), at most
 * `limit`. The candidates' rows are read in one sequential pass over bridgeVectors, and only the best
 * `limit` are kept as they come (what a stable sort of every match then a cut gives), so a word near
 * hundreds of terms allocates nothing for them.
 */
export function findNearestTerms(
  embedding: IndexEmbedding,
  vector: Float32Array,
  floor: number,
  limit: number,
): Array<{ termId: number; similarity: number }> {
  const { dims, bridgeVectors, bridgeCandidates } = embedding;
  const found: Array<{ termId: number; similarity: number }> = [];
  if (limit <= 0) return found;
  for (let k = 0; k < bridgeCandidates.length; k += 1) {
    const dot = dotRow(bridgeVectors, k * dims, vector);
    if (dot < floor) continue;
    if (found.length === limit && (found[limit - 1] as { similarity: number }).similarity >= dot) continue;
    // After every kept match at least as similar: a stable sort's place for it.
    let at = found.length;
    while (at > 0 && (found[at - 1] as { similarity: number }).similarity < dot) at -= 1;
    found.splice(at, 0, { termId: bridgeCandidates[k] as number, similarity: dot });
    if (found.length > limit) found.pop();
  }
  return found;
}

/** The question as one unit vector: Σ weight · v(word) over its words that have a vector; null if none. */
export function embedQuestion(
  vectors: WordVectors,
  words: ReadonlyArray<{ readonly word: string; readonly weight: number }>,
): Float32Array | null {
  const sum = new Float32Array(vectors.dims);
  let any = false;
  for (const { word, weight } of words) {
    const vector = vectors.vectorOf(word);
    if (vector === undefined || weight <= 0) continue;
    any = true;
    for (let d = 0; d < sum.length; d += 1) sum[d] = (sum[d] as number) + weight * (vector[d] as number);
  }
  return any ? normalizeInPlace(sum) : null;
}
