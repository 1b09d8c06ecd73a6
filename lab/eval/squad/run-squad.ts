// SQuAD v1.1 dev as open paragraph retrieval (eval/squad/README.md): every question asked of all 2,067
// paragraphs through the bot's own answerQuestion, scored as ../shared/bench/squad/BASELINES.md does.
// A refusal (`answered: false`) scores 0 everywhere.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { type AnswerOptions, answerQuestion } from '../../../src/core/answer/answer-question.js';
import type { CorpusDocument } from '../../../src/core/document/types.js';
import { DEFAULT_SCORING, type ScoringOptions } from '../../../src/core/retrieval/score.js';
import { indexCorpus } from '../../../src/corpus/index-corpus.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';

const questionSchema = z.object({
  id: z.string(),
  question: z.string(),
  paragraphId: z.string(),
  answers: z.array(z.string()),
});

export type SquadQuestion = z.infer<typeof questionSchema>;

export interface SquadCollection {
  readonly documents: readonly CorpusDocument[];
  readonly questions: readonly SquadQuestion[];
}

export function loadSquad(dir: string): SquadCollection {
  const questions = readFileSync(join(dir, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = questionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${dir}/questions.jsonl: line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  return { documents: loadCorpus(join(dir, 'corpus')), questions };
}

export interface SquadReport {
  readonly questions: number;
  readonly hitAt1: number;
  readonly hitAt5: number;
  readonly mrrAt10: number;
  /** The top quote holds a gold answer string (exact, case-sensitive). */
  readonly answerInQuote: number;
  readonly refused: number;
  readonly meanQuoteChars: number;
  readonly indexMs: number;
  /** Whole answer (analysis, ranking, quotes) per question, in process. */
  readonly meanAnswerMs: number;
  /** Ids of refused questions, for listing. */
  readonly refusedIds: readonly string[];
}

export interface SquadRunOptions {
  readonly scoring?: ScoringOptions;
  readonly answer?: Partial<AnswerOptions>;
  /** Only every n-th question (a quick look); 1 = all. */
  readonly stride?: number;
}

export function runSquad(collection: SquadCollection, options: SquadRunOptions = {}): SquadReport {
  const indexStart = performance.now();
  const index = indexCorpus(collection.documents, options.scoring ?? DEFAULT_SCORING);
  const indexMs = performance.now() - indexStart;
  const stride = Math.max(1, options.stride ?? 1);
  let asked = 0;
  let hit1 = 0;
  let hit5 = 0;
  let rr = 0;
  let inQuote = 0;
  let quoteChars = 0;
  let quotes = 0;
  const refusedIds: string[] = [];
  let answerMs = 0;
  for (let i = 0; i < collection.questions.length; i += stride) {
    const q = collection.questions[i] as SquadQuestion;
    asked += 1;
    const start = performance.now();
    const answer = answerQuestion(index, q.question, { top: 10, ...options.answer });
    answerMs += performance.now() - start;
    if (answer.kind !== 'quotes') {
      refusedIds.push(q.id);
      continue;
    }
    const rank = answer.results.findIndex((r) => r.paragraphId === q.paragraphId);
    if (rank === 0) hit1 += 1;
    if (rank >= 0 && rank < 5) hit5 += 1;
    if (rank >= 0 && rank < 10) rr += 1 / (rank + 1);
    const top = answer.results[0];
    if (top) {
      quotes += 1;
      quoteChars += top.quote.length;
      if (q.answers.some((a) => top.quote.includes(a))) inQuote += 1;
    }
  }
  const share = (x: number): number => (asked === 0 ? 0 : x / asked);
  return {
    questions: asked,
    hitAt1: share(hit1),
    hitAt5: share(hit5),
    mrrAt10: share(rr),
    answerInQuote: share(inQuote),
    refused: share(refusedIds.length),
    meanQuoteChars: quotes === 0 ? 0 : quoteChars / quotes,
    indexMs,
    meanAnswerMs: share(answerMs),
    refusedIds,
  };
}
