#!/usr/bin/env node
// `npm run ask`: docs/contract.md section 2. Results only on stdout; every problem is one line on
// stderr and a non-zero exit.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../core/answer/answer-question.js';
import { compareOutlets, toComparisonAnswer } from '../core/answer/compare-outlets.js';
import { renderAnswerText } from '../core/answer/render-text.js';
import { toAnswerJson } from '../core/answer/to-json.js';
import { distinctOutlets } from '../core/document/distinct-outlets.js';
import type { SearchIndex } from '../core/retrieval/build-index.js';
import { indexCorpus } from '../corpus/index-corpus.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { CliUsageError, runCli } from './run-cli.js';

const USAGE = `usage: npm run ask -- [--json] [--corpus DIR] [--top N] [--outlet NAME] [--compare] ["question"]
  --compare: each outlet's best quote instead, strongest first (--top and --outlet do not apply)
  without a question and with --json: reads one question per line from stdin, writes JSON lines`;

export interface AskArguments {
  readonly question: string | null;
  readonly json: boolean;
  readonly corpus: string;
  readonly top: number;
  readonly outlet: string | undefined;
  readonly compare: boolean;
}

export function parseAskArguments(argv: readonly string[]): AskArguments | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      corpus: { type: 'string', default: './corpus' },
      top: { type: 'string', default: '3' },
      outlet: { type: 'string' },
      compare: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > 100)
    throw new CliUsageError('--top: must be a whole number from 1 to 100');
  if (values.outlet !== undefined && values.outlet.trim() === '')
    throw new CliUsageError('--outlet: must not be empty');
  const question = positionals.length > 0 ? positionals.join(' ') : null;
  if (question === null && !values.json)
    throw new CliUsageError('a question is required (or --json to read them from stdin)');
  return { question, json: values.json, corpus: values.corpus, top, outlet: values.outlet, compare: values.compare };
}

function answerLine(index: SearchIndex, args: AskArguments, question: string): string {
  const answer = args.compare
    ? toComparisonAnswer(compareOutlets(index, question, null))
    : answerQuestion(index, question, { top: args.top, outlets: args.outlet === undefined ? null : [args.outlet] });
  return args.json ? JSON.stringify(toAnswerJson(answer)) : renderAnswerText(answer);
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseAskArguments(argv);
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const index = indexCorpus(loadCorpus(args.corpus));
  if (
    args.outlet !== undefined &&
    !index.documents.some((d) => d.outlet.toLowerCase() === args.outlet?.trim().toLowerCase())
  ) {
    const known = distinctOutlets(index.documents).join(', ');
    throw new CliUsageError(`--outlet: no document from "${args.outlet}" (outlets: ${known})`);
  }
  if (args.question !== null) {
    process.stdout.write(`${answerLine(index, args, args.question)}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // Every line gets a line, a blank one an empty refusal: output line n answers input line n.
  for await (const line of lines) process.stdout.write(`${answerLine(index, args, line)}\n`);
}

// `ask ... | head -n 1`: once the reader is gone there is no one to tell; stop quietly, as `cat` does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

runCli(main);
