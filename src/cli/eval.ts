#!/usr/bin/env node
// `npm run eval [-- questions.json] [--corpus DIR] [--verbose]`: retrieval quality on a question set.
// `--feedback DATABASE` scores the question set made from members' votes instead (see eval/feedback-questions.ts).
import { parseArgs } from 'node:util';
import { answerQuestion } from '../core/answer/answer-question.js';
import { buildIndex } from '../core/retrieval/build-index.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { loadQuestionSet } from '../eval/question-set.js';
import { scoreQuestion, summarize } from '../eval/score-answers.js';
import { loadFeedbackQuestions } from './load-feedback-questions.js';
import { runCli } from './run-cli.js';

const DEFAULT_QUESTIONS = '../shared/eval/dev-questions.json';

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
    },
  });
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
