// One system on one corpus, meant to run alone in its own process (src/cli/bench.ts forks one per
// system) so that peak RSS belongs to that system only and one system's garbage never slows another.
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { KnownItemQuestion } from './questions.js';
import { type LatencySummary, summarizeLatencies } from './stats.js';
import type { SystemDefinition } from './systems.js';

export interface MeasureOptions {
  /** Stop asking once this much time went to questions (the slow peers scan every paragraph). */
  readonly budgetMs: number;
  /** Questions asked before timing starts, so the JIT has warmed up for every system alike. */
  readonly warmup: number;
}

export const DEFAULT_MEASURE: MeasureOptions = { budgetMs: 15_000, warmup: 20 };

export interface SystemRun {
  readonly system: string;
  readonly paragraphs: number;
  /** loadCorpus + index build, milliseconds. */
  readonly buildMs: number;
  /** CPU time (all threads, GC included) over the same span: steadier than wall time on a busy machine. */
  readonly buildCpuMs: number;
  /** Heap in use after the build and a full GC: what the index keeps. */
  readonly heapMb: number;
  /** Peak resident set size of the whole process over load, build and questions. */
  readonly peakRssMb: number;
  readonly latency: LatencySummary;
  /**
   * CPU time per question (the process's, all threads, so garbage collection counts): unlike wall time
   * it does not grow while the scheduler runs someone else, which on a shared machine is most of the tail.
   */
  readonly cpuLatency: LatencySummary;
  readonly hitAt1: number;
  readonly questionsAsked: number;
  readonly questionsTotal: number;
}

const MB = 1024 * 1024;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export async function measureSystem(
  definition: SystemDefinition,
  corpusDirectory: string,
  questions: readonly KnownItemQuestion[],
  options: Partial<MeasureOptions> = {},
): Promise<SystemRun> {
  const settings = { ...DEFAULT_MEASURE, ...options };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const documents = loadCorpus(corpusDirectory);
  const system = await definition.build(documents);
  const buildMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const paragraphs = documents.reduce((n, d) => n + d.paragraphs.filter((p) => !p.excluded).length, 0);
  collectGarbage();
  const heapMb = process.memoryUsage().heapUsed / MB;

  for (const q of questions.slice(-settings.warmup)) system.search(q.question);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let hits = 0;
  let spent = 0;
  for (const q of questions) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const best = system.search(q.question);
    const elapsed = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    samples.push(elapsed);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    spent += elapsed;
    if (best === q.paragraphId) hits += 1;
    if (spent > settings.budgetMs) break;
  }
  return {
    system: definition.name,
    paragraphs,
    buildMs,
    buildCpuMs: (cpu.user + cpu.system) / 1000,
    heapMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    latency: summarizeLatencies(samples),
    cpuLatency: summarizeLatencies(cpuSamples),
    hitAt1: samples.length > 0 ? hits / samples.length : 0,
    questionsAsked: samples.length,
    questionsTotal: questions.length,
  };
}
