// How much a word behaves like a function word in the vector space: the mean cosine of its vector to
// its FUNCTION_NEIGHBOURS nearest English stopwords. Ordinary words sit there ("else" 0.69, "going" 0.68,
// "anything" 0.66, "nothing" 0.63, "lot" 0.62), words with a subject far from it ("ambassador" 0.13,
// "sanctions" 0.23, "dollars" 0.26, "summer" 0.33). Vector bridging uses it to keep a question's ordinary
// words from landing on the corpus's ordinary words ("guy ≈ else", "ok ≈ anything"), a known weakness of
// nearest neighbours in embedding spaces (hubs; Radovanović et al. 2010, Lample et al. 2018). Stopwords
// stand in for "the frequent words" because the vector file keeps no frequency order.
import { NATURAL_STOPWORDS } from '../text/natural-parts.js';
import type { WordVectors } from '../text/word-vectors.js';

/** Stopwords averaged over: the nearest few, so one close function word is not enough. */
export const FUNCTION_NEIGHBOURS = 5;

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
    let dot = 0;
    for (let d = 0; d < vector.length; d += 1) dot += (vector[d] as number) * (stopword[d] as number);
    if (dot < 0.999) nearest.push(dot);
  }
  nearest.sort((a, b) => b - a);
  const top = nearest.slice(0, FUNCTION_NEIGHBOURS);
  return top.length === 0 ? 0 : top.reduce((sum, x) => sum + x, 0) / top.length;
}
