// Two steps on top of the first-pass ranking (rank.ts), both reading the forward index so no text is
// tokenized at question time (a third, concentration, sits between them: rerank-by-concentration.ts):
//
// 1. Adjacency. A paragraph that has two of the question's words side by side ("Carter Page", "Super
//    Bowl") is more likely about the same thing than one that has them far apart. For the best
//    `candidates` paragraphs:  score' = (1 − λ) · score + λ · adjacent,  where `adjacent` is the share of
//    the question's adjacent word pairs (weighted by the lighter word of each pair) found next to each
//    other in the paragraph, in either order. Both parts are 0..1, so score' is too.
// 2. Pseudo-relevance feedback (RM3-like). The best `documents` (3) paragraphs after step 1 vote for their
//    terms (term frequency / paragraph length, times the paragraph's score relative to the best, times
//    idf); the `terms` strongest join the question with weight share α, the question keeps 1 − α, and the
//    collection is ranked again. The first-pass winner is never demoted (feedback drifts, and the first
//    pass is what the question said): it stays first, its score raised to the best second-pass score if
//    that is higher, so scores stay sorted. The no-answer decision reads the first pass only.
import type { SearchIndex } from './build-index.js';
import type { QueryTerm, RankedParagraph } from './rank.js';
import type { ConcentrationOptions } from './rerank-by-concentration.js';
import { inverseDocumentFrequency } from './score.js';
import { termScratchFor } from './term-scratch.js';

export interface AdjacencyOptions {
  /** λ: the share of the score given to adjacent pairs. */
  readonly weight: number;
  /** How many of the best first-pass paragraphs are rescored. */
  readonly candidates: number;
}

export interface FeedbackOptions {
  /** How many of the best paragraphs vote. 0 turns feedback off. */
  readonly documents: number;
  /** How many terms join the question. */
  readonly terms: number;
  /** α: the share of the question's weight the new terms get. */
  readonly weight: number;
}

export interface RerankOptions {
  readonly adjacency: AdjacencyOptions;
  /** Between adjacency and feedback (rerank-by-concentration.ts); absent means none. */
  readonly concentration?: ConcentrationOptions;
  readonly feedback: FeedbackOptions;
}

/**
 * Adjacency chosen on SQuAD; feedback on Cranfield (MAP, nDCG@10) and the full SQuAD set (MRR@10)
 * together; concentration on SQuAD with Cranfield flat; all sets measured for every setting
 * (docs/design.md has the tables).
 */
export const DEFAULT_RERANK: RerankOptions = {
  adjacency: { weight: 0.1, candidates: 30 },
  concentration: { weight: 0.1, candidates: 3 },
  feedback: { documents: 3, terms: 20, weight: 0.4 },
};

/** Feedback terms in more than this share of the paragraphs are not added. */
export const MAX_FEEDBACK_DF_SHARE = 0.1;

/** A pair of term ids as one number (ids stay far below 2^26 for any corpus we can hold). */
const pairKey = (a: number, b: number): number => (a < b ? a * 67_108_864 + b : b * 67_108_864 + a);
const splitPairKey = (key: number): [number, number] => [Math.floor(key / 67_108_864), key % 67_108_864];

/** The question's adjacent known-term pairs, each weighted by its lighter term. */
export function collectAdjacentPairs(sequence: readonly QueryTerm[]): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let i = 0; i + 1 < sequence.length; i += 1) {
    const a = sequence[i] as QueryTerm;
    const b = sequence[i + 1] as QueryTerm;
    if (a.termId < 0 || b.termId < 0 || a.termId === b.termId) continue;
    const key = pairKey(a.termId, b.termId);
    pairs.set(key, Math.max(pairs.get(key) ?? 0, Math.min(a.weight, b.weight)));
  }
  return pairs;
}

/** Step 1 over the ranked list (sorted again); paragraphs past `candidates` keep (1 − λ) · score. */
export function rerankByAdjacency(
  index: SearchIndex,
  ranked: readonly RankedParagraph[],
  pairs: ReadonlyMap<number, number>,
  options: AdjacencyOptions,
): RankedParagraph[] {
  let total = 0;
  for (const w of pairs.values()) total += w;
  if (total === 0 || options.weight === 0) return [...ranked];
  const { tokenStart, tokenTerms } = index;
  // Only a token that is one of the pairs' terms can start or end a pair: test that first (a typed
  // array lookup) and look the pair up only then. Same pairs found, in the same order.
  const { marks } = termScratchFor(index);
  const pairTerms = [...pairs.keys()].flatMap(splitPairKey);
  for (const t of pairTerms) marks[t] = 1;
  const rescored = ranked.map((r, rank) => {
    if (rank >= options.candidates) return { ...r, score: (1 - options.weight) * r.score };
    const found = new Set<number>();
    let matched = 0;
    const end = tokenStart[r.paragraphIndex + 1] ?? 0;
    for (let i = tokenStart[r.paragraphIndex] ?? 0; i + 1 < end; i += 1) {
      const a = tokenTerms[i] as number;
      const b = tokenTerms[i + 1] as number;
      if (marks[a] === 0 || marks[b] === 0) continue;
      const key = pairKey(a, b);
      const w = pairs.get(key);
      if (w !== undefined && !found.has(key)) {
        found.add(key);
        matched += w;
      }
    }
    return { ...r, score: (1 - options.weight) * r.score + options.weight * (matched / total) };
  });
  for (const t of pairTerms) marks[t] = 0;
  return rescored.sort((x, y) => y.score - x.score || x.paragraphIndex - y.paragraphIndex);
}

/**
 * Step 2: the expanded question (original terms at 1 − α, feedback terms sharing α), or null when there
 * is nothing to learn from (no feedback paragraph scores above 0).
 */
export function expandByFeedback(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  ranked: readonly RankedParagraph[],
  options: FeedbackOptions,
): QueryTerm[] | null {
  const voters = ranked.slice(0, options.documents);
  const best = voters[0]?.score ?? 0;
  if (options.documents <= 0 || options.weight <= 0 || best <= 0) return null;
  const { tokenStart, tokenTerms, documentFrequency } = index;
  // Votes summed per term in a typed array (same additions in the same order as a Map would make),
  // listed in order of first vote (marked, since a vote can be 0).
  const { marks, values: votes } = termScratchFor(index);
  const voted: number[] = [];
  for (const { paragraphIndex, score } of voters) {
    const begin = tokenStart[paragraphIndex] ?? 0;
    const end = tokenStart[paragraphIndex + 1] ?? 0;
    if (end <= begin) continue;
    const share = score / best / (end - begin);
    for (let i = begin; i < end; i += 1) {
      const t = tokenTerms[i] as number;
      if (marks[t] === 0) {
        marks[t] = 1;
        voted.push(t);
      }
      votes[t] = (votes[t] as number) + share;
    }
  }
  const n = index.paragraphs.length;
  // A term in more than a tenth of the paragraphs adds little (low idf) and costs most (long postings).
  const maxDf = Math.max(1, n * MAX_FEEDBACK_DF_SHARE);
  const chosen = voted
    .filter((termId) => (documentFrequency[termId] ?? 0) <= maxDf)
    .map((termId) => ({
      termId,
      weight: (votes[termId] as number) * inverseDocumentFrequency(documentFrequency[termId] ?? 0, n),
    }))
    .sort((a, b) => b.weight - a.weight || a.termId - b.termId)
    .slice(0, options.terms);
  for (const t of voted) {
    marks[t] = 0;
    votes[t] = 0;
  }
  const sum = chosen.reduce((s, c) => s + c.weight, 0);
  if (sum <= 0) return null;
  const merged = new Map<number, QueryTerm>();
  for (const t of terms) if (t.termId >= 0) merged.set(t.termId, { ...t, weight: (1 - options.weight) * t.weight });
  for (const c of chosen) {
    const before = merged.get(c.termId);
    const added = (options.weight * c.weight) / sum;
    merged.set(c.termId, { term: before?.term ?? '', termId: c.termId, weight: (before?.weight ?? 0) + added });
  }
  return [...merged.values()];
}

/** The first-pass winner first, then the second pass without it; scores kept sorted (see above). */
export function keepFirstPassWinner(
  winner: RankedParagraph,
  second: readonly RankedParagraph[],
  limit: number,
): RankedParagraph[] {
  const rest = second.filter((r) => r.paragraphIndex !== winner.paragraphIndex);
  const own = second.find((r) => r.paragraphIndex === winner.paragraphIndex)?.score ?? 0;
  const top = Math.max(own, rest[0]?.score ?? 0);
  return [{ paragraphIndex: winner.paragraphIndex, score: top }, ...rest].slice(0, limit);
}
