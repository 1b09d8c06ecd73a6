// Process start to first answer for `ask` on a corpus: the wall time of `node dist/cli/ask.js --json
// "question"` (npm's own start-up left out), next to a bare `node -e 0` measured alternately with it, so
// the node start-up share is visible and a busy machine slows both alike. Medians of several runs.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface StartupRun {
  readonly runs: number;
  /** Median wall time of `node -e 0`. */
  readonly nodeMs: number;
  /** Median wall time of `node dist/cli/ask.js --json <question>`, answer written. */
  readonly askMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

function timeProcess(args: readonly string[]): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${child.stderr.toString().trim()}`);
  return elapsed;
}

export function measureStartup(askScript: string, corpus: string, question: string, runs = 11): StartupRun {
  const node: number[] = [];
  const ask: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    node.push(timeProcess(['-e', '0']));
    ask.push(timeProcess([askScript, '--corpus', corpus, '--json', question]));
  }
  return { runs, nodeMs: median(node), askMs: median(ask) };
}
