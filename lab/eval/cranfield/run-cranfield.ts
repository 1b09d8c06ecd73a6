// Runs the Cranfield questions through the bot's own index and ranking (buildIndex, analyzeQuestion,
// rankParagraphs, answerQuestion) and scores the rankings with trec_eval's definitions.

import { performance } from 'node:perf_hooks';
import { type AnswerOptions, answerQuestion } from '../../../src/core/answer/answer-question.js';
import { analyzeQuestion, searchParagraphs } from '../../../src/core/retrieval/rank.js';
import { DEFAULT_SCORING, type ScoringOptions } from '../../../src/core/retrieval/score.js';
import { indexCorpus } from '../../../src/corpus/index-corpus.js';
import { meanMetrics, type RankingMetrics } from './ir-metrics.js';
import type { CranfieldCollection } from './load-cranfield.js';

/** BASELINES.md keeps at most 1000 documents with score > 0 per question. */
export const RUN_DEPTH = 1000;

export interface CranfieldRunOptions {
  readonly scoring: ScoringOptions;
  /** The answer settings whose threshold is checked: how many real questions would get `answered: false`. */
  readonly answer?: Partial<AnswerOptions>;
}

export interface CranfieldReport extends RankingMetrics {
  readonly questions: number;
  readonly indexMs: number;
  readonly meanQueryMs: number;
  /** Ids of questions answerQuestion refuses (`answered: false`) at the given threshold. */
  readonly refused: readonly string[];
  /** Lowest top score over all questions: how far the threshold could rise before refusing one. */
  readonly minTopScore: number;
}

export function runCranfield(
  collection: CranfieldCollection,
  options: CranfieldRunOptions = { scoring: DEFAULT_SCORING },
): CranfieldReport {
  const indexStart = performance.now();
  const index = indexCorpus(collection.documents, options.scoring);
  const indexMs = performance.now() - indexStart;

  const runs: { ranking: string[]; judgments: ReadonlyMap<string, number> }[] = [];
  let queryMs = 0;
  let minTopScore = Number.POSITIVE_INFINITY;
  for (const question of collection.questions) {
    const start = performance.now();
    const ranked = searchParagraphs(index, analyzeQuestion(index, question.text), { limit: RUN_DEPTH }).ranked;
    queryMs += performance.now() - start;
    minTopScore = Math.min(minTopScore, ranked[0]?.score ?? 0);
    const ranking = ranked
      .filter((r) => r.score > 0)
      .map((r) => index.paragraphs[r.paragraphIndex]?.document.id ?? '')
      // One paragraph per Cranfield document, but stay correct if a body ever splits.
      .filter((id, i, all) => id !== '' && all.indexOf(id) === i);
    runs.push({ ranking, judgments: question.judgments });
  }
  const refused = collection.questions
    .filter((q) => answerQuestion(index, q.text, options.answer ?? {}).kind === 'no-match')
    .map((q) => q.id);
  return {
    ...meanMetrics(runs),
    questions: collection.questions.length,
    indexMs,
    meanQueryMs: collection.questions.length === 0 ? 0 : queryMs / collection.questions.length,
    refused,
    minTopScore: Number.isFinite(minTopScore) ? minTopScore : 0,
  };
}
