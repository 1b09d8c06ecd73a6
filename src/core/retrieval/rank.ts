import { dotRow } from '../text/word-vectors.js';
import type { AnalyzedQuestion, QueryTerm } from './analyze-question.js';
import type { SearchIndex } from './build-index.js';
import { promoteIntroductions } from './promote-introductions.js';
import {
  collectAdjacentPairs,
  DEFAULT_RERANK,
  expandByFeedback,
  keepFirstPassWinner,
  type RerankOptions,
  rerankByAdjacency,
} from './rerank.js';
import { rerankByConcentration } from './rerank-by-concentration.js';
import { selectTopK } from './top-k.js';

export type { AnalyzedQuestion, Expansion, QueryTerm } from './analyze-question.js';
export { analyzeQuestion } from './analyze-question.js';

export interface RankedParagraph {
  /** Index into SearchIndex.paragraphs. */
  readonly paragraphIndex: number;
  readonly score: number;
}

export interface RankOptions {
  readonly limit: number;
  /** Only paragraphs for which this returns true (the outlet filter). */
  readonly accept?: (paragraphIndex: number) => boolean;
  /** The question's word-vector (analyzeQuestion), for the similarity term of DenseOptions. */
  readonly vector?: Float32Array | undefined;
  /** Multiplies DenseOptions.weight for this question. */
  readonly denseScale?: number;
}

/**
 * Paragraph similarity in the word-vector space, added to the term score:
 *   score'(q, p) = score(q, p) + weight · max(0, cos(q, p) − floor) / (1 − floor)
 * It lets a paragraph that shares few or no words with the question, but says the same thing in other
 * words, rise. The floor keeps the similarity every text has with every other (same language, same
 * newswire register) from adding noise.
 */
export interface DenseOptions {
  readonly weight: number;
  readonly floor: number;
}

/** Paragraphs up to which similarity is computed for all of them (20k × 100 dimensions ≈ 2 ms). */
export const MAX_DENSE_PARAGRAPHS = 20_000;

export const DEFAULT_DENSE: DenseOptions = { weight: 1, floor: 0.3 };

function scaleDense(dense: DenseOptions, scale: number): DenseOptions {
  return { ...dense, weight: dense.weight * scale };
}

/** Adds the similarity term to every paragraph it lifts above zero (see DenseOptions). */
function addDenseScores(
  index: SearchIndex,
  vector: Float32Array,
  dense: DenseOptions,
  scores: Float64Array,
  touched: Uint32Array,
  touchedCount: number,
): number {
  const embedding = index.embedding;
  if (embedding === undefined || dense.weight <= 0) return touchedCount;
  const { dims, paragraphVectors } = embedding;
  const scale = dense.weight / (1 - dense.floor);
  // A large corpus cannot afford a pass over every paragraph per question: there, similarity only
  // re-scores the paragraphs that share a term with the question.
  const everyParagraph = index.paragraphs.length <= MAX_DENSE_PARAGRAPHS;
  const candidates = everyParagraph ? index.paragraphs.length : touchedCount;
  let count = touchedCount;
  for (let k = 0; k < candidates; k += 1) {
    const p = everyParagraph ? k : (touched[k] as number);
    const dot = dotRow(paragraphVectors, p * dims, vector);
    if (dot <= dense.floor) continue;
    const before = scores[p] as number;
    if (before === 0) touched[count++] = p;
    scores[p] = before + scale * (dot - dense.floor);
  }
  return count;
}

/** Accumulates Σ wq·wp over the postings of the question's terms, then keeps the best `limit`. */
export function rankParagraphs(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  options: RankOptions,
): RankedParagraph[] {
  const { scores, touched } = scratchFor(index);
  const { postingStart, postingParagraph, postingWeight } = index;
  let touchedCount = 0;
  for (const { termId, weight } of terms) {
    if (termId < 0) continue;
    const end = postingStart[termId + 1] ?? 0;
    for (let i = postingStart[termId] ?? 0; i < end; i += 1) {
      const p = postingParagraph[i] as number;
      const before = scores[p] as number;
      if (before === 0) touched[touchedCount++] = p;
      scores[p] = before + weight * (postingWeight[i] as number);
    }
  }
  if (options.vector)
    touchedCount = addDenseScores(
      index,
      options.vector,
      scaleDense(index.scoring.dense ?? DEFAULT_DENSE, options.denseScale ?? 1),
      scores,
      touched,
      touchedCount,
    );
  const seen = touched.subarray(0, touchedCount);
  const accept = options.accept;
  const candidates = accept ? seen.filter(accept) : seen;
  const ranked = selectTopK(candidates, (p) => scores[p] ?? 0, options.limit).map((p) => ({
    paragraphIndex: p,
    score: scores[p] ?? 0,
  }));
  for (const p of seen) scores[p] = 0;
  return ranked;
}

// One score accumulator (and list of touched paragraphs) per index, zeroed again after each question
// by resetting only the paragraphs it touched: allocating and clearing an array of every paragraph per
// question costs more than the sums themselves once the corpus is large. Ranking is synchronous, so
// two questions never share it.
const scratch = new WeakMap<SearchIndex, { scores: Float64Array; touched: Uint32Array }>();

function scratchFor(index: SearchIndex): { scores: Float64Array; touched: Uint32Array } {
  let buffers = scratch.get(index);
  if (buffers === undefined) {
    buffers = { scores: new Float64Array(index.paragraphs.length), touched: new Uint32Array(index.paragraphs.length) };
    scratch.set(index, buffers);
  }
  return buffers;
}

export interface SearchResult {
  /** After adjacency, before feedback: what the question alone says. The no-answer decision reads it. */
  readonly firstPass: readonly RankedParagraph[];
  /** The final order (feedback applied when it could be). */
  readonly ranked: readonly RankedParagraph[];
}

/** First pass, adjacency, concentration, then pseudo-relevance feedback (rerank.ts explains them). */
export function searchParagraphs(index: SearchIndex, analyzed: AnalyzedQuestion, options: RankOptions): SearchResult {
  const rerank: RerankOptions = index.scoring.rerank ?? DEFAULT_RERANK;
  const firstLimit = Math.max(options.limit, rerank.adjacency.candidates, rerank.feedback.documents);
  const base = {
    ...(options.accept ? { accept: options.accept } : {}),
    ...(analyzed.vector ? { vector: analyzed.vector } : {}),
    denseScale: analyzed.unknownShare,
  };
  const first = rankParagraphs(index, analyzed.terms, { ...base, limit: firstLimit });
  const pairs = collectAdjacentPairs(analyzed.sequence);
  const adjacent = rerankByAdjacency(index, first, pairs, rerank.adjacency);
  const firstPass = rerank.concentration
    ? rerankByConcentration(index, analyzed.terms, adjacent, rerank.concentration)
    : adjacent;
  const winner = firstPass[0];
  const expanded = winner ? expandByFeedback(index, analyzed.terms, firstPass, rerank.feedback) : null;
  const finish = (ranked: readonly RankedParagraph[]): SearchResult => ({
    firstPass,
    ranked: promoteIntroductions(index, analyzed, firstPass, ranked, options.limit),
  });
  if (!winner || expanded === null) return finish(firstPass);
  // The feedback pass ranks on terms alone: similarity already had its say in the first pass (whose
  // winner is kept), and leaving it out measured the same or better on every set at half the cost.
  const second = rankParagraphs(index, expanded, {
    ...(options.accept ? { accept: options.accept } : {}),
    limit: options.limit + 1,
  });
  return finish(keepFirstPassWinner(winner, second, options.limit));
}
