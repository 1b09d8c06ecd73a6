// Ranked-retrieval metrics with trec_eval's definitions, as ../shared/bench/cranfield/BASELINES.md uses
// them. Pure: a ranking is a list of document ids, best first; judgments map a document id to a gain.
//
// Cranfield convention (its README): grades 1-4 are relevant, lower is better, and the gain for nDCG is
// 5 − grade (1→4 … 4→1); the one document per question graded −1 is not relevant (gain 0).

/** Relevance of judged documents for one question: gain > 0 means relevant. Unjudged documents are absent. */
export type Judgments = ReadonlyMap<string, number>;

/** Cranfield grade → gain: 1..4 → 4..1, anything else (the −1 rows) → 0. */
export function gainOfGrade(grade: number): number {
  return grade >= 1 && grade <= 4 ? 5 - grade : 0;
}

function countRelevant(judgments: Judgments): number {
  let count = 0;
  for (const gain of judgments.values()) if (gain > 0) count += 1;
  return count;
}

/** Average precision: mean over all relevant documents of precision at the rank each is found (0 if never). */
export function averagePrecision(ranking: readonly string[], judgments: Judgments): number {
  const relevantTotal = countRelevant(judgments);
  if (relevantTotal === 0) return 0;
  let found = 0;
  let sum = 0;
  ranking.forEach((id, index) => {
    if ((judgments.get(id) ?? 0) > 0) {
      found += 1;
      sum += found / (index + 1);
    }
  });
  return sum / relevantTotal;
}

/** Relevant documents in the first k, divided by k (trec_eval divides by k even if fewer were retrieved). */
export function precisionAt(k: number, ranking: readonly string[], judgments: Judgments): number {
  return ranking.slice(0, k).filter((id) => (judgments.get(id) ?? 0) > 0).length / k;
}

/** 1 / rank of the first relevant document within the first k, else 0. */
export function reciprocalRankAt(k: number, ranking: readonly string[], judgments: Judgments): number {
  const index = ranking.slice(0, k).findIndex((id) => (judgments.get(id) ?? 0) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

/** nDCG@k with linear gains and a log2(rank + 1) discount; the ideal ranking sorts every judged gain. */
export function ndcgAt(k: number, ranking: readonly string[], judgments: Judgments): number {
  const discounted = (gains: readonly number[]): number =>
    gains.slice(0, k).reduce((sum, gain, index) => sum + gain / Math.log2(index + 2), 0);
  const ideal = discounted([...judgments.values()].filter((g) => g > 0).sort((a, b) => b - a));
  if (ideal === 0) return 0;
  return discounted(ranking.map((id) => judgments.get(id) ?? 0)) / ideal;
}

export interface RankingMetrics {
  readonly map: number;
  readonly ndcg10: number;
  readonly p10: number;
  readonly mrr10: number;
}

/** Mean of each metric over questions; every question counts, including ones with an empty ranking. */
export function meanMetrics(runs: readonly { ranking: readonly string[]; judgments: Judgments }[]): RankingMetrics {
  const mean = (metric: (ranking: readonly string[], judgments: Judgments) => number): number =>
    runs.length === 0 ? 0 : runs.reduce((sum, run) => sum + metric(run.ranking, run.judgments), 0) / runs.length;
  return {
    map: mean(averagePrecision),
    ndcg10: mean((r, j) => ndcgAt(10, r, j)),
    p10: mean((r, j) => precisionAt(10, r, j)),
    mrr10: mean((r, j) => reciprocalRankAt(10, r, j)),
  };
}
