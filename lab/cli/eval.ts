#!/usr/bin/env node
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CliUsageError, runCli } from '../../src/cli/run-cli.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { indexCorpus } from '../../src/corpus/index-corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
// `npm run eval`: every question set at once (dev, dev2, extra, SQuAD, Cranfield) in one table, with
// dev2's per-category breakdown. `--variants` scores every ranking formula tried on all five sets (the
// table in docs/design.md). `--feedback DATABASE` scores the question set made from members' votes.
import { SCORING_VARIANTS } from '../eval/cranfield/scoring-variants.js';
import { formatCategoryTable, formatMarkdownTable, formatMisses, formatSetsTable } from '../eval/format-sets.js';
import { loadQuestionSet } from '../eval/question-set.js';
import { runSets, SET_NAMES, type SetName, type SetResult, scoreQuestionSet } from '../eval/run-sets.js';
import { scoreQuestion, summarize } from '../eval/score-answers.js';
import { loadFeedbackQuestions } from './load-feedback-questions.js';

export const EVAL_USAGE = `usage: npm run eval -- [--sets ${SET_NAMES.join(',')}] [--corpus DIR] [--verbose] [--json]
       npm run eval -- [--sets ...] --variants      every ranking formula tried, on the same sets
       npm run eval -- QUESTIONS.json               one question file (the dev format) against --corpus
       npm run eval -- --feedback DATABASE [--save-questions FILE]   questions from members' votes
  Scores the bot's own answers. Default: all five sets (SQuAD takes the longest; --squad-stride N asks
  every N-th SQuAD question). --verbose lists every question-set miss on stdout after the tables.
  --answer-all skips the no-answer decision: the ranking alone, as if every question were answerable.`;

function parseSets(text: string): SetName[] {
  return text.split(',').map((part) => {
    const name = part.trim();
    if (!(SET_NAMES as readonly string[]).includes(name))
      throw new CliUsageError(`--sets: unknown set "${name}" (${SET_NAMES.join(', ')})`);
    return name as SetName;
  });
}

function printFeedback(path: string, corpus: string, json: boolean, savePath: string | undefined): void {
  const documents = loadCorpus(corpus);
  const index = indexCorpus(documents);
  const fromFeedback = loadFeedbackQuestions(path, documents, savePath);
  const outcomes = fromFeedback.questions.map((q) =>
    scoreQuestion(q, answerQuestion(index, q.question, { top: 3 }), documents),
  );
  const summary = summarize(outcomes);
  if (json) {
    const report = { questions: `feedback votes in ${path}`, summary, outcomes, needsLabel: fromFeedback.needsLabel };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const result: SetResult = { kind: 'questions', name: 'feedback', summary, outcomes, categories: [] };
  process.stdout.write(
    `${formatSetsTable([result])}\nnot scored: ${fromFeedback.needsLabel.length} voted questions need a label by hand\n`,
  );
}

function printVariants(sets: readonly SetName[], corpus: string, stride: number): void {
  const documents = loadCorpus(corpus);
  const header = ['formula', ...sets.flatMap(variantHeader)];
  const rows = SCORING_VARIANTS.map((variant) => {
    process.stderr.write(`eval: ${variant.name}\n`);
    const results = runSets({ sets, corpus, documents, scoring: variant.scoring, squadStride: stride });
    return [variant.name, ...results.flatMap(variantCells)];
  });
  process.stdout.write(`${formatMarkdownTable(header, rows)}\n`);
}

function variantHeader(name: SetName): string[] {
  if (name === 'squad') return ['SQuAD hit@1', 'SQuAD MRR@10', 'SQuAD refused'];
  if (name === 'cranfield') return ['Cranfield MAP', 'Cranfield nDCG@10', 'Cranfield refused'];
  return [`${name} hit@1`, `${name} no-answer`];
}

function variantCells(result: SetResult): string[] {
  if (result.kind === 'squad')
    return [result.report.hitAt1.toFixed(4), result.report.mrrAt10.toFixed(4), String(result.report.refusedIds.length)];
  if (result.kind === 'cranfield')
    return [result.report.map.toFixed(4), result.report.ndcg10.toFixed(4), String(result.report.refused.length)];
  const s = result.summary;
  return [s.hitAt1.toFixed(3), `${s.noAnswerCorrect}/${s.noAnswerTotal}`];
}

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      corpus: { type: 'string', default: './corpus' },
      sets: { type: 'string', default: SET_NAMES.join(',') },
      'squad-stride': { type: 'string', default: '1' },
      'answer-all': { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      variants: { type: 'boolean', default: false },
      feedback: { type: 'string' },
      'save-questions': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${EVAL_USAGE}\n`);
    return;
  }
  const stride = Number(values['squad-stride']);
  if (!Number.isInteger(stride) || stride < 1) throw new CliUsageError('--squad-stride: a whole number, 1 or more');
  if (values.feedback !== undefined) {
    printFeedback(values.feedback, values.corpus, values.json, values['save-questions']);
    return;
  }
  const sets = parseSets(values.sets);
  if (values.variants) {
    printVariants(sets, values.corpus, stride);
    return;
  }
  const start = performance.now();
  const documents = loadCorpus(values.corpus);
  const results =
    positionals[0] !== undefined
      ? [scoreQuestionSet(positionals[0], loadQuestionSet(positionals[0]), documents)]
      : runSets({
          sets,
          corpus: values.corpus,
          documents,
          squadStride: stride,
          ...(values['answer-all'] ? { answer: { model: null } } : {}),
        });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return;
  }
  const categories = formatCategoryTable(results);
  const misses = values.verbose ? formatMisses(results) : '';
  const out = [
    formatSetsTable(results),
    ...(categories ? ['', categories] : []),
    ...(misses ? ['', misses] : []),
    '',
    `no-answer = unanswerable questions refused; refused = answerable questions refused; leaks = furniture in results; ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

runCli(main);
