// The benchmark's table: one row per system and corpus, with ratios to the fastest peer on that corpus
// (build time and p99 latency), because absolute timings on a shared machine are noisy but ratios
// measured in the same run are not.
import type { SystemRun } from './measure-system.js';

export interface CorpusRuns {
  readonly corpus: string;
  readonly runs: readonly SystemRun[];
  /** Names of the peers (everything but ours), for the ratios. */
  readonly peers: readonly string[];
}

function fastest(runs: readonly SystemRun[], peers: readonly string[], value: (r: SystemRun) => number): number {
  const values = runs.filter((r) => peers.includes(r.system)).map(value);
  return values.length > 0 ? Math.min(...values) : Number.NaN;
}

function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 1) return ms.toFixed(1);
  return ms.toFixed(3);
}

function formatRatio(value: number, best: number): string {
  if (!Number.isFinite(best) || best <= 0) return '';
  const ratio = value / best;
  return ` (${ratio >= 10 ? ratio.toFixed(0) : ratio >= 0.1 ? ratio.toFixed(2) : ratio.toFixed(3)}×)`;
}

export function formatTable(groups: readonly CorpusRuns[]): string {
  const lines = [
    '| corpus | system | build ms (× fastest peer) | p50 ms | p95 ms | p99 ms (× fastest peer) | CPU p99 ms | hit@1 | peak RSS MB | heap MB | questions |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const group of groups) {
    const bestBuild = fastest(group.runs, group.peers, (r) => r.buildMs);
    const bestP99 = fastest(group.runs, group.peers, (r) => r.latency.p99Ms);
    for (const r of group.runs) {
      lines.push(
        `| ${group.corpus} | ${r.system} | ${formatMs(r.buildMs)}${formatRatio(r.buildMs, bestBuild)} | ${formatMs(r.latency.p50Ms)} | ${formatMs(r.latency.p95Ms)} | ${formatMs(r.latency.p99Ms)}${formatRatio(r.latency.p99Ms, bestP99)} | ${formatMs(r.cpuLatency.p99Ms)} | ${r.hitAt1.toFixed(3)} | ${r.peakRssMb.toFixed(0)} | ${r.heapMb.toFixed(0)} | ${r.questionsAsked}${r.questionsAsked < r.questionsTotal ? ` of ${r.questionsTotal}` : ''} |`,
      );
    }
  }
  return lines.join('\n');
}
