#!/usr/bin/env node
// `npm run bench [-- --full] [--sizes 1000,10000] [--questions N] [--systems a,b] [--budget SECONDS]`:
// our index against its peers, in one run, on the same corpora and the same questions. Each system runs
// in its own child process (this file with --worker), so peak RSS is per system. The table goes to
// stdout, progress to stderr, everything measured to bench/results.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CliUsageError, runCli } from '../../src/cli/run-cli.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { measureStartup } from '../bench/measure-startup.js';
import { DEFAULT_MEASURE, measureSystem, type SystemRun } from '../bench/measure-system.js';
import {
  type KnownItemQuestion,
  makeAdversarialQuestions,
  makeKnownItemQuestions,
  type SourceParagraph,
} from '../bench/questions.js';
import { type CorpusRuns, formatTable } from '../bench/report.js';
import { generateCorpus, writeCorpus } from '../bench/synthetic-corpus.js';
import { findSystem, SYSTEMS, slugSystemName } from '../bench/systems.js';

const DEFAULT_SIZES = [1_000, 10_000, 50_000];
const FULL_SIZES = [...DEFAULT_SIZES, 200_000];

function parseBenchArguments(argv: readonly string[]) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      full: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      questions: { type: 'string', default: '1000' },
      systems: { type: 'string' },
      budget: { type: 'string', default: String(DEFAULT_MEASURE.budgetMs / 1000) },
      corpus: { type: 'string', default: './corpus' },
      out: { type: 'string', default: 'bench/results.json' },
      'startup-runs': { type: 'string', default: '11' },
      worker: { type: 'string' },
      'corpus-dir': { type: 'string' },
      'questions-file': { type: 'string' },
      adversarial: { type: 'string', default: '200' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  const numbers = (text: string, flag: string): number[] =>
    text.split(',').map((part) => {
      const n = Number(part);
      if (!Number.isInteger(n) || n < 1) throw new CliUsageError(`${flag}: whole numbers separated by commas`);
      return n;
    });
  const sizes =
    values.sizes !== undefined ? numbers(values.sizes, '--sizes') : values.full ? FULL_SIZES : DEFAULT_SIZES;
  const systems = values.systems?.split(',').map((name) => {
    const found = findSystem(name.trim());
    if (!found)
      throw new CliUsageError(
        `--systems: unknown "${name}" (${SYSTEMS.map((s) => slugSystemName(s.name)).join(', ')})`,
      );
    return found;
  }) ?? [...SYSTEMS];
  const [questions] = numbers(values.questions, '--questions');
  const budget = Number(values.budget);
  if (!(budget > 0)) throw new CliUsageError('--budget: seconds, more than 0');
  const [startupRuns] = numbers(values['startup-runs'], '--startup-runs');
  return {
    ...values,
    sizes,
    systems,
    questions: questions ?? 1000,
    budgetMs: budget * 1000,
    startupRuns: startupRuns ?? 11,
    adversarial: numbers(values.adversarial, '--adversarial')[0] ?? 200,
  };
}

type BenchArguments = NonNullable<ReturnType<typeof parseBenchArguments>>;

async function runWorker(args: BenchArguments): Promise<void> {
  const definition = findSystem(args.worker ?? '');
  if (!definition || !args['corpus-dir'] || !args['questions-file'])
    throw new CliUsageError('--worker needs a system, --corpus-dir and --questions-file');
  const questions = JSON.parse(readFileSync(args['questions-file'], 'utf8')) as KnownItemQuestion[];
  const run = await measureSystem(definition, args['corpus-dir'], questions, { budgetMs: args.budgetMs });
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function runInChild(system: string, corpusDir: string, questionsFile: string, budgetMs: number): SystemRun {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [
      // process.execArgv carries tsx's loader, so the worker runs this same TypeScript file.
      ...process.execArgv,
      '--expose-gc',
      script,
      '--worker',
      system,
      '--corpus-dir',
      corpusDir,
      '--questions-file',
      questionsFile,
      '--budget',
      String(budgetMs / 1000),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`${system} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as SystemRun;
}

function describeMachine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export const BENCH_USAGE = `usage: npm run bench -- [--full] [--sizes 1000,10000] [--questions N] [--systems a,b]
                       [--budget SECONDS] [--corpus DIR] [--out FILE] [--startup-runs N] [--adversarial N]
  our index against peer libraries on synthetic corpora of the given sizes and on --corpus, each system
  in its own process, plus adversarial (made-up word) questions and process start to first answer
  (needs the product built: npm run build). Table on stdout, progress on stderr, figures in --out
  (default bench/results.json). Systems: ${SYSTEMS.map((s) => slugSystemName(s.name)).join(', ')}`;

async function main(argv: readonly string[]): Promise<void> {
  const args = parseBenchArguments(argv);
  if (args === null) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return;
  }
  if (args.worker !== undefined) return runWorker(args);
  const work = mkdtempSync(join(tmpdir(), 'sourced-answers-bench-'));
  const groups: CorpusRuns[] = [];
  const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);
  try {
    const corpora: Array<{ label: string; dir: string; sources: () => SourceParagraph[] }> = args.sizes.map((size) => ({
      label: `${size >= 1000 ? `${size / 1000}k` : size} paragraphs`,
      dir: join(work, `corpus-${size}`),
      sources: () => {
        const documents = generateCorpus({ paragraphs: size });
        writeCorpus(join(work, `corpus-${size}`), documents);
        return documents.flatMap((d) => d.paragraphs.map((text, i) => ({ id: `${d.id}#${i + 1}`, text })));
      },
    }));
    corpora.push({
      label: `real (${args.corpus})`,
      dir: args.corpus,
      sources: () => loadCorpus(args.corpus).flatMap((d) => d.paragraphs.filter((p) => !p.excluded)),
    });
    for (const corpus of corpora) {
      log(`${corpus.label}: generating corpus and ${args.questions} questions`);
      const questions = makeKnownItemQuestions(corpus.sources(), { count: args.questions });
      const questionsFile = join(work, `${corpus.label.replace(/\W+/g, '-')}.questions.json`);
      writeFileSync(questionsFile, JSON.stringify(questions));
      const runs: SystemRun[] = [];
      for (const system of args.systems) {
        log(`${corpus.label}: ${system.name} ...`);
        const run = runInChild(slugSystemName(system.name), corpus.dir, questionsFile, args.budgetMs);
        log(
          `${corpus.label}: ${system.name} build ${run.buildMs.toFixed(0)} ms, p99 ${run.latency.p99Ms.toFixed(3)} ms, hit@1 ${run.hitAt1.toFixed(3)}, peak RSS ${run.peakRssMb.toFixed(0)} MB (${run.questionsAsked} questions)`,
        );
        runs.push(run);
      }
      if (args.systems.some((s) => s.name === 'ours')) {
        // The worst questions we know of for our analysis: 500 characters of invented words (issue 14).
        const adversarialFile = join(work, `${corpus.label.replace(/\W+/g, '-')}.adversarial.json`);
        writeFileSync(adversarialFile, JSON.stringify(makeAdversarialQuestions(args.adversarial)));
        log(`${corpus.label}: ours on ${args.adversarial} adversarial questions ...`);
        const run = runInChild('ours', corpus.dir, adversarialFile, args.budgetMs);
        log(
          `${corpus.label}: ours, adversarial: p50 ${run.latency.p50Ms.toFixed(3)} ms, p99 ${run.latency.p99Ms.toFixed(3)} ms (CPU p99 ${run.cpuLatency.p99Ms.toFixed(3)} ms)`,
        );
        runs.push({ ...run, system: 'ours, adversarial' });
      }
      groups.push({ corpus: corpus.label, runs, peers: args.systems.filter((s) => s.peer).map((s) => s.name) });
      rmSync(corpus.dir === args.corpus ? questionsFile : corpus.dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`real corpus: process start to first answer (node dist/cli/ask.js), median of ${args.startupRuns}`);
  // The product's built entry point, as a user runs it (npm run bench builds it first).
  const askScript = join(dirname(fileURLToPath(import.meta.url)), '../../dist/cli/ask.js');
  const startup = measureStartup(askScript, args.corpus, 'Who is Carter Page?', args.startupRuns);
  const machine = describeMachine();
  const textProcessing = Object.fromEntries(args.systems.map((s) => [s.name, s.textProcessing]));
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(
    args.out,
    `${JSON.stringify({ date: new Date().toISOString(), machine, questions: args.questions, budgetMs: args.budgetMs, textProcessing, startup, corpora: groups }, null, 2)}\n`,
  );
  process.stdout.write(
    `${formatTable(groups)}\n\nStart to first answer (\`node dist/cli/ask.js --json\`, ${args.corpus}): ${startup.askMs.toFixed(0)} ms, median of ${startup.runs}; a bare \`node -e 0\`: ${startup.nodeMs.toFixed(0)} ms.\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}\n`,
  );
}

runCli(main);
