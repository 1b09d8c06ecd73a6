// How much a word behaves like a function word in the vector space: the mean cosine of its vector to
// its FUNCTION_NEIGHBOURS nearest English stopwords. Ordinary words sit there ("else" 0.69, "going" 0.68,
// "anything" 0.66, "nothing" 0.63, "lot" 0.62), words with a subject far from it ("ambassador" 0.13,
// "sanctions" 0.23, "dollars" 0.26, "summer" 0.33). Vector bridging uses it to keep a question's ordinary
// words from landing on the corpus's ordinary words ("guy ≈ else", "ok ≈ anything"), a known weakness of
// nearest neighbours in embedding spaces (hubs; Radovanović et al. 2010, Lample et al. 2018). Stopwords
// stand in for "the frequent words" because the vector file keeps no frequency order.
import { NATURAL_STOPWORDS } from '../text/natural-parts.js';
import { dotRow, vectorRow, type WordVectors } from '../text/word-vectors.js';
import type { IndexEmbedding } from './embed-index.js';

/** Stopwords averaged over: the nearest few, so one close function word is not enough. */
export const FUNCTION_NEIGHBOURS = 5;

/**
 * Above this a word counts as function-like: between the ordinary words ("down" 0.50, "better" 0.53,
 * "guy" 0.52) and the subject words ("summer" 0.33, "attitude" 0.37). 0.45 and 0.5 measured alike on all
 * five sets, for bridging and for question words; 0.4 lost a dev2 paraphrase (docs/design.md 6b).
 */
export const MAX_FUNCTION_LIKENESS = 0.45;

const stopwordVectorsOf = new WeakMap<WordVectors, readonly Float32Array[]>();

function stopwordVectors(vectors: WordVectors): readonly Float32Array[] {
  let found = stopwordVectorsOf.get(vectors);
  if (found === undefined) {
    found = NATURAL_STOPWORDS.map((word) => vectors.vectorOf(word)).filter((v): v is Float32Array => v !== undefined);
    stopwordVectorsOf.set(vectors, found);
  }
  return found;
}

/** The mean cosine of unit `vector` to its nearest stopwords (itself excluded when it is one); 0 if none. */
export function measureFunctionLikeness(vectors: WordVectors, vector: Float32Array): number {
  const nearest: number[] = [];
  for (const stopword of stopwordVectors(vectors)) {
    const dot = dotRow(stopword, 0, vector);
    if (dot < 0.999) nearest.push(dot);
  }
  nearest.sort((a, b) => b - a);
  const top = nearest.slice(0, FUNCTION_NEIGHBOURS);
  return top.length === 0 ? 0 : top.reduce((sum, x) => sum + x, 0) / top.length;
}

const likenessOfWord = new WeakMap<WordVectors, Map<string, number>>();

/**
 * Whether a question word the corpus lacks is function-like, by its vector (false without one: a name or
 * a typo is not phrasing). Cached per word; the vocabulary bounds the cache.
 */
export function isFunctionLikeWord(
  index: { readonly embedding?: { readonly vectors: WordVectors } | undefined },
  word: string,
): boolean {
  const vectors = index.embedding?.vectors;
  if (vectors === undefined) return false;
  let cache = likenessOfWord.get(vectors);
  if (cache === undefined) {
    cache = new Map();
    likenessOfWord.set(vectors, cache);
  }
  let likeness = cache.get(word);
  if (likeness === undefined) {
    const vector = vectors.vectorOf(word);
    likeness = vector === undefined ? 0 : measureFunctionLikeness(vectors, vector);
    cache.set(word, likeness);
  }
  return likeness > MAX_FUNCTION_LIKENESS;
}

// Function-likeness of each corpus term, measured when a bridge first needs it (NaN until then).
const likenessByEmbedding = new WeakMap<IndexEmbedding, Float32Array>();

/** The function-likeness of corpus term `termId` (its row of the index's term vectors), cached. */
export function termFunctionLikeness(embedding: IndexEmbedding, termId: number): number {
  let likeness = likenessByEmbedding.get(embedding);
  if (likeness === undefined) {
    likeness = new Float32Array(embedding.hasVector.length).fill(Number.NaN);
    likenessByEmbedding.set(embedding, likeness);
  }
  const known = likeness[termId] as number;
  if (!Number.isNaN(known)) return known;
  const { dims, termVectors } = embedding;
  const measured = measureFunctionLikeness(embedding.vectors, vectorRow(termVectors, termId, dims));
  likeness[termId] = measured;
  return measured;
}
