#!/usr/bin/env node
// `npm run eval [-- questions.json] [--corpus DIR] [--verbose]`: retrieval quality on a question set.
// `--feedback DATABASE` scores the question set made from members' votes instead (see eval/feedback-questions.ts).
// `npm run eval -- --cranfield [--variants]`: ranking quality on the Cranfield collection (see README.md).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runCli } from '../../src/cli/run-cli.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import type { CorpusDocument } from '../../src/core/document/types.js';
import { buildIndex } from '../../src/core/retrieval/build-index.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { formatTimings, formatVariantTable, type VariantRow } from '../eval/cranfield/format-report.js';
import { loadCranfield } from '../eval/cranfield/load-cranfield.js';
import { runCranfield } from '../eval/cranfield/run-cranfield.js';
import { BM25_COMPARISON, FINAL_VARIANT, SCORING_VARIANTS } from '../eval/cranfield/scoring-variants.js';
import { type EvalQuestion, loadQuestionSet } from '../eval/question-set.js';
import { scoreQuestion, summarize } from '../eval/score-answers.js';
import { loadFeedbackQuestions } from './load-feedback-questions.js';

// Copies of ../shared/eval/dev-questions.json and ../shared/bench/cranfield, so a clone anywhere can run them.
const DEFAULT_QUESTIONS = 'eval/dev-questions.json';
const DEFAULT_CRANFIELD = 'eval/cranfield';

/** Ranking-only dev figures for one formula: no threshold, so formulas are compared on order alone. */
function scoreDevSet(documents: readonly CorpusDocument[], questions: readonly EvalQuestion[], variant: VariantLike) {
  const index = buildIndex(documents, { scoring: variant.scoring });
  return summarize(
    questions.map((q) => scoreQuestion(q, answerQuestion(index, q.question, { minScore: 0 }), documents)),
  );
}

type VariantLike = (typeof SCORING_VARIANTS)[number];

function runCranfieldEval(options: { dir: string; variants: boolean; corpus: string; questions: string }): void {
  const start = performance.now();
  const collection = loadCranfield(options.dir);
  const chosen = options.variants ? SCORING_VARIANTS : [FINAL_VARIANT, BM25_COMPARISON];
  const dev = options.variants
    ? { documents: loadCorpus(options.corpus), questions: loadQuestionSet(options.questions) }
    : undefined;
  const rows: VariantRow[] = chosen.map((variant) => ({
    name: variant.name,
    cranfield: runCranfield(collection, { scoring: variant.scoring }),
    thresholdApplies: variant.scoring.weighting.questionNorm([1, 1]) !== 1,
    ...(dev ? { dev: scoreDevSet(dev.documents, dev.questions, variant) } : {}),
  }));
  const out = [
    `Cranfield: ${collection.documents.length} abstracts indexed (${collection.skippedDocuments.join(', ')} skipped: empty), ` +
      `${collection.questions.length} questions; -1 judged not relevant, nDCG gain 5 - grade, depth ${1000}`,
    `answered: false = questions the bot refuses at DEFAULT_ANSWER.minScore`,
    '',
    formatVariantTable(rows),
    '',
    formatTimings(rows),
    `total ${((performance.now() - start) / 1000).toFixed(1)} s`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      corpus: { type: 'string', default: './corpus' },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      feedback: { type: 'string' },
      'save-questions': { type: 'string' },
      cranfield: { type: 'boolean', default: false },
      'cranfield-dir': { type: 'string', default: DEFAULT_CRANFIELD },
      variants: { type: 'boolean', default: false },
    },
  });
  if (values.cranfield) {
    runCranfieldEval({
      dir: values['cranfield-dir'],
      variants: values.variants,
      corpus: values.corpus,
      questions: positionals[0] ?? DEFAULT_QUESTIONS,
    });
    return;
  }
  const documents = loadCorpus(values.corpus);
  const index = buildIndex(documents);
  const fromFeedback =
    values.feedback === undefined ? null : loadFeedbackQuestions(values.feedback, documents, values['save-questions']);
  const questionsPath = fromFeedback ? `feedback votes in ${values.feedback}` : (positionals[0] ?? DEFAULT_QUESTIONS);
  const questions = fromFeedback ? fromFeedback.questions : loadQuestionSet(questionsPath);
  const outcomes = questions.map((q) => scoreQuestion(q, answerQuestion(index, q.question, { top: 3 }), documents));
  const summary = summarize(outcomes);
  if (values.json) {
    const needsLabel = fromFeedback?.needsLabel;
    process.stdout.write(`${JSON.stringify({ questions: questionsPath, summary, outcomes, needsLabel })}\n`);
    return;
  }
  if (values.verbose) {
    for (const o of outcomes) {
      const verdict =
        o.expect === 'no_answer'
          ? o.answered
            ? 'ANSWERED (wrong)'
            : 'no answer (right)'
          : `first hit at ${o.firstHitRank ?? '-'}`;
      process.stdout.write(`${o.id.padEnd(6)} ${verdict.padEnd(18)} ${o.question}\n`);
    }
  }
  const f = (x: number): string => x.toFixed(3);
  process.stdout.write(
    `${[
      `questions          ${questionsPath} (${summary.answerable} answerable, ${summary.noAnswerTotal} unanswerable)`,
      `hit@1              ${f(summary.hitAt1)}  (evidence in the top result, attributed to the expected outlet)`,
      `hit@3              ${f(summary.hitAt3)}`,
      `MRR                ${f(summary.mrr)}`,
      `no-answer          ${summary.noAnswerCorrect}/${summary.noAnswerTotal}  (answerable questions refused: ${summary.answerableRefused})`,
      `furniture leaks    ${summary.furnitureLeaks}`,
      `verbatim quotes    ${f(summary.verbatimShare)}`,
      `mean quote length  ${summary.meanQuoteLength.toFixed(0)} characters`,
      ...(fromFeedback
        ? [`not scored         ${fromFeedback.needsLabel.length} voted questions need a label by hand`]
        : []),
    ].join('\n')}\n`,
  );
}

runCli(main);
