// Every question set `npm run eval` knows, scored with one ranking formula and one set of answer
// options, as rows of one table. The same function scores each variant for docs/design.md.

import { existsSync } from 'node:fs';
import { type AnswerOptions, answerQuestion } from '../../src/core/answer/answer-question.js';
import type { CorpusDocument } from '../../src/core/document/types.js';
import { DEFAULT_SCORING, type ScoringOptions } from '../../src/core/retrieval/score.js';
import { indexCorpus } from '../../src/corpus/index-corpus.js';
import { loadCranfield } from './cranfield/load-cranfield.js';
import { type CranfieldReport, runCranfield } from './cranfield/run-cranfield.js';
import { type EvalQuestion, loadQuestionSet } from './question-set.js';
import { type EvalSummary, type QuestionOutcome, scoreQuestion, summarize } from './score-answers.js';
import { type ComparisonSummary, scoreComparisons } from './score-comparisons.js';
import { loadSquad, runSquad, type SquadReport } from './squad/run-squad.js';

export const SET_NAMES = ['dev', 'dev2', 'dev3', 'extra', 'offtopic', 'squad', 'cranfield'] as const;
export type SetName = (typeof SET_NAMES)[number];

/** Copies in eval/ of ../shared/eval and ../shared/bench, so a clone anywhere can run them. */
export const SET_PATHS: Record<SetName, string> = {
  dev: 'eval/dev-questions.json',
  dev2: 'eval/dev2-questions.json',
  dev3: 'eval/dev3-questions.json',
  extra: 'eval/extra-questions.json',
  offtopic: 'eval/offtopic-questions.json',
  squad: 'eval/squad',
  cranfield: 'eval/cranfield',
};

export interface QuestionSetResult {
  readonly kind: 'questions';
  readonly name: string;
  readonly summary: EvalSummary;
  readonly outcomes: readonly QuestionOutcome[];
  /** Per `category` of the question file (dev2), when it has categories. */
  readonly categories: ReadonlyArray<{ readonly category: string; readonly summary: EvalSummary }>;
  /** The same answerable questions asked as comparisons (each outlet's best passage); absent for feedback. */
  readonly comparison?: ComparisonSummary;
}

export type SetResult =
  | QuestionSetResult
  | { readonly kind: 'squad'; readonly name: string; readonly report: SquadReport }
  | { readonly kind: 'cranfield'; readonly name: string; readonly report: CranfieldReport };

export interface RunSetsOptions {
  readonly sets: readonly SetName[];
  readonly corpus: string;
  readonly documents: readonly CorpusDocument[];
  readonly scoring?: ScoringOptions;
  readonly answer?: Partial<AnswerOptions>;
  readonly squadStride?: number;
}

export function scoreQuestionSet(
  name: string,
  questions: readonly EvalQuestion[],
  documents: readonly CorpusDocument[],
  options: { scoring?: ScoringOptions; answer?: Partial<AnswerOptions> } = {},
): QuestionSetResult {
  const index = indexCorpus(documents, options.scoring ?? DEFAULT_SCORING);
  const outcomes = questions.map((q) =>
    scoreQuestion(q, answerQuestion(index, q.question, { top: 3, ...options.answer }), documents),
  );
  const names = [...new Set(outcomes.map((o) => o.category).filter((c): c is string => c !== undefined))];
  return {
    kind: 'questions',
    name,
    summary: summarize(outcomes),
    outcomes,
    comparison: scoreComparisons(index, questions),
    categories: names.map((category) => ({
      category,
      summary: summarize(outcomes.filter((o) => o.category === category)),
    })),
  };
}

export function runSets(options: RunSetsOptions): SetResult[] {
  const scoring = options.scoring ?? DEFAULT_SCORING;
  const answer = options.answer ?? {};
  return options.sets.map((name): SetResult => {
    const path = SET_PATHS[name];
    if (!existsSync(path)) throw new Error(`${path}: not found (run npm run eval from the repository root)`);
    if (name === 'squad')
      return {
        kind: 'squad',
        name,
        report: runSquad(loadSquad(path), { scoring, answer, stride: options.squadStride ?? 1 }),
      };
    if (name === 'cranfield')
      return { kind: 'cranfield', name, report: runCranfield(loadCranfield(path), { scoring, answer }) };
    return scoreQuestionSet(name, loadQuestionSet(path), options.documents, { scoring, answer });
  });
}
