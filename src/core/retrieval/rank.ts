import { analyzeText, stemWord } from '../text/analyze.js';
import type { SearchIndex } from './build-index.js';
import { allowedEdits, type Correction, DEFAULT_SPELLING, findClosestWord, type SpellingOptions } from './spelling.js';
import { selectTopK } from './top-k.js';

export interface QueryTerm {
  readonly term: string;
  /** -1 when the corpus never uses the term. */
  readonly termId: number;
  /** wq(t) of score.ts: already divided by the question's norm. */
  readonly weight: number;
}

export interface AnalyzedQuestion {
  readonly terms: readonly QueryTerm[];
  readonly corrections: readonly Correction[];
  /** Words neither known nor correctable: the "did you mean" candidates of a no-match. */
  readonly unknownWords: readonly string[];
}

export function analyzeQuestion(
  index: SearchIndex,
  question: string,
  spelling: SpellingOptions = DEFAULT_SPELLING,
): AnalyzedQuestion {
  const counts = new Map<string, number>();
  const corrections: Correction[] = [];
  const unknownWords: string[] = [];
  for (const token of analyzeText(question)) {
    let term = token.term;
    if (!index.termIds.has(term)) {
      const corrected = findClosestWord(token.word, index.wordFrequency, allowedEdits(token.word, spelling));
      if (corrected !== null) {
        term = stemWord(corrected);
        corrections.push({ from: token.word, to: corrected });
      } else {
        unknownWords.push(token.word);
      }
    }
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }

  const n = index.paragraphs.length;
  const raw = [...counts].map(([term, count]) => {
    const termId = index.termIds.get(term) ?? -1;
    const df = termId >= 0 ? (index.documentFrequency[termId] ?? 0) : 0;
    return { term, termId, weight: index.scoring.weighting.questionWeight(count, df, n) };
  });
  const norm = index.scoring.weighting.questionNorm(raw.map((t) => t.weight)) || 1;
  return { terms: raw.map((t) => ({ ...t, weight: t.weight / norm })), corrections, unknownWords };
}

export interface RankedParagraph {
  /** Index into SearchIndex.paragraphs. */
  readonly paragraphIndex: number;
  readonly score: number;
}

export interface RankOptions {
  readonly limit: number;
  /** Only paragraphs for which this returns true (the outlet filter). */
  readonly accept?: (paragraphIndex: number) => boolean;
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
