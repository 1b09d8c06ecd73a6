// Paraphrased variants of answerable training questions, so the no-answer decision sees questions in
// other words than the corpus's (as members ask them) labelled answerable, not only questions that
// reuse the paragraph's words. Each content word the corpus uses is, with probability `rate`, replaced
// by its nearest neighbour in the vector space that the corpus does not use (cosine ≥ MIN_SIMILARITY):
// "investigation" → "probe", "ambassador" → "envoy". Deterministic: a seeded generator.
import type { SearchIndex } from '../../src/core/retrieval/build-index.js';
import { analyzeWord, tokenizeWords } from '../../src/core/text/analyze.js';
import { cosine } from '../../src/core/text/word-vectors.js';
import type { GloveVectors } from '../../src/lexicon/load-word-vectors.js';

const MIN_SIMILARITY = 0.55;

/** Mulberry32: a small seeded generator, so the training data is the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeParaphraser(vectors: GloveVectors, rate: number, seed = 1) {
  const random = seededRandom(seed);
  const vocabulary = Array.from({ length: vectors.size }, (_, row) => vectors.wordAt(row));
  const neighbours = new Map<string, string[]>();
  const neighboursOf = (word: string): string[] => {
    const known = neighbours.get(word);
    if (known !== undefined) return known;
    const own = vectors.vectorOf(word);
    const found: Array<{ word: string; similarity: number }> = [];
    if (own !== undefined)
      for (const other of vocabulary) {
        if (other === word) continue;
        const vector = vectors.vectorOf(other);
        if (vector === undefined) continue;
        const similarity = cosine(own, vector);
        if (similarity >= MIN_SIMILARITY) found.push({ word: other, similarity });
      }
    const sorted = found.sort((a, b) => b.similarity - a.similarity).map((f) => f.word);
    neighbours.set(word, sorted);
    return sorted;
  };
  return (index: SearchIndex, question: string): string | null => {
    let changed = false;
    const words = tokenizeWords(question).map((word) => {
      const term = analyzeWord(word);
      if (term === null || !index.termIds.has(term) || random() >= rate) return word;
      const replacement = neighboursOf(word).find((n) => {
        const t = analyzeWord(n);
        return t !== null && t !== term && !index.termIds.has(t);
      });
      if (replacement === undefined) return word;
      changed = true;
      return replacement;
    });
    return changed ? words.join(' ') : null;
  };
}
