#!/usr/bin/env node
// `npm run train-answer-model`: fits the no-answer decision on lab/train/answer-data.ts and writes
// src/core/answer/answer-model.ts. The threshold is the highest probability at which no more than
// `--max-refusal` of the answerable SQuAD and Cranfield training questions are refused (the product
// promise is < 0.5% refused on both), so it is chosen on those sets; precision and recall of "answered"
// are printed for every group.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCli } from '../../src/cli/run-cli.js';
import { SIGNAL_NAMES } from '../../src/core/answer/answer-signals.js';
import { buildAnswerData, type Example } from './answer-data.js';
import { fitLogistic, sigmoid } from './fit-logistic.js';

const USAGE = `usage: npm run train-answer-model -- [--corpus DIR] [--max-refusal 0.003] [--paraphrased WEIGHT] [--without-answer] [--dry-run]
  fits the no-answer model and writes src/core/answer/answer-model.ts (not with --dry-run)
  --paraphrased WEIGHT adds answerable questions reworded through word vectors (paraphrase-questions.ts),
  their groups weighing WEIGHT; measured and not shipped (docs/design.md: fewer off-topic refusals)
  --without-answer adds SQuAD questions asked without the paragraphs holding their answer, as on-topic
  unanswerable ones; measured and not shipped (docs/design.md: the signals cannot tell them apart)`;

const OUT = 'src/core/answer/answer-model.ts';

function probabilityOf(example: Example, bias: number, weights: readonly number[]): number {
  let z = bias;
  SIGNAL_NAMES.forEach((name, d) => {
    z += (weights[d] ?? 0) * example.signals[name];
  });
  return sigmoid(z);
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      corpus: { type: 'string', default: './corpus' },
      'max-refusal': { type: 'string', default: '0.003' },
      paraphrased: { type: 'string' },
      'without-answer': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const maxRefusal = Number(values['max-refusal']);
  const paraphrasedWeight = values.paraphrased === undefined ? 0 : Number(values.paraphrased);
  if (!(paraphrasedWeight >= 0)) throw new Error('--paraphrased: a weight, 0 or more');
  const examples = buildAnswerData(values.corpus, {
    paraphrased: paraphrasedWeight > 0,
    withoutAnswer: values['without-answer'],
  });
  // Made-up data (paraphrase-questions.ts) counts for less than questions people wrote.
  const groupWeight = (group: string): number => (group.startsWith('paraphrased') ? paraphrasedWeight : 1);
  // Every group weighs the same in total, whatever its size, and both labels weigh the same.
  const groups = [...new Set(examples.map((e) => e.group))];
  const groupSize = new Map(groups.map((g) => [g, examples.filter((e) => e.group === g).length]));
  const labelGroups = (answerable: boolean): number =>
    new Set(examples.filter((e) => e.answerable === answerable).map((e) => e.group)).size;
  const weightOf = (e: Example): number =>
    groupWeight(e.group) / ((groupSize.get(e.group) ?? 1) * labelGroups(e.answerable));
  const fit = fitLogistic(
    examples.map((e) => SIGNAL_NAMES.map((name) => e.signals[name])),
    examples.map((e) => (e.answerable ? 1 : 0)),
    examples.map(weightOf),
  );
  const p = examples.map((e) => probabilityOf(e, fit.bias, fit.weights));
  const guarded = examples
    .map((e, i) => ({ e, p: p[i] ?? 0 }))
    .filter(({ e }) => e.answerable && (e.group.startsWith('squad') || e.group.startsWith('cranfield')))
    .map(({ p }) => p)
    .sort((a, b) => a - b);
  const allowed = Math.floor(guarded.length * maxRefusal);
  // Just under the (allowed + 1)-th lowest probability, so at most `allowed` fall below it.
  const threshold = Math.min(0.5, (guarded[allowed] ?? 0.5) * 0.999);
  const report = groups.map((g) => {
    const inGroup = examples.map((e, i) => ({ e, p: p[i] ?? 0 })).filter(({ e }) => e.group === g);
    const answered = inGroup.filter(({ p }) => p >= threshold).length;
    return `${g.padEnd(24)} ${inGroup[0]?.e.answerable ? 'answerable  ' : 'unanswerable'} ${String(inGroup.length).padStart(5)}  answered ${(answered / inGroup.length).toFixed(3)}`;
  });
  const tp = examples.filter((e, i) => e.answerable && (p[i] ?? 0) >= threshold).length;
  const fp = examples.filter((e, i) => !e.answerable && (p[i] ?? 0) >= threshold).length;
  const positives = examples.filter((e) => e.answerable).length;
  const model = {
    bias: fit.bias,
    weights: Object.fromEntries(SIGNAL_NAMES.map((name, d) => [name, fit.weights[d] ?? 0])),
    threshold,
  };
  process.stdout.write(
    `${[
      ...report,
      `"answered" (unweighted, training data): precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / positives).toFixed(3)}`,
      `threshold ${threshold.toFixed(4)} (at most ${(maxRefusal * 100).toFixed(1)}% of SQuAD + Cranfield training questions refused)`,
      JSON.stringify(model, null, 2),
    ].join('\n')}\n`,
  );
  if (values['dry-run']) return;
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  const weights = SIGNAL_NAMES.map((name, d) => `    ${name}: ${round(fit.weights[d] ?? 0)},`).join('\n');
  writeFileSync(
    OUT,
    `// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).\n` +
      `import type { AnswerModel } from './decide-answer.js';\n\n` +
      `export const ANSWER_MODEL: AnswerModel = {\n  bias: ${round(fit.bias)},\n  weights: {\n${weights}\n  },\n  threshold: ${round(threshold)},\n};\n`,
  );
  process.stderr.write(`wrote ${OUT}\n`);
}

runCli(main);
