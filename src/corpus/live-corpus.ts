// The shared corpus while the bot runs: loaded and indexed once at start, then rebuilt off to the side
// when CORPUS_DIR changes and swapped in with one assignment. Readers take `current()` once per
// question and keep that snapshot, so a question in flight finishes on the index it started with. A
// bad file leaves the previous snapshot serving; the problem is reported once until the files change
// into another state.
import { listOutlets } from '../core/answer/compare-outlets.js';
import type { SearchIndex } from '../core/retrieval/build-index.js';
import { indexCorpus } from './index-corpus.js';
import { type CorpusProblem, CorpusError, loadCorpus } from './load-corpus.js';

export interface CorpusSnapshot {
  readonly index: SearchIndex;
  /** Distinct outlet names, sorted. */
  readonly outlets: readonly string[];
  /** Counts up from 1 with every swap: caches built on a snapshot compare it. */
  readonly version: number;
}

export type ReloadOutcome =
  | { readonly kind: 'reloaded'; readonly snapshot: CorpusSnapshot; readonly ms: number }
  | {
      readonly kind: 'invalid';
      readonly problems: readonly CorpusProblem[];
      /** False when the same problems were already reported: tell people once, not on every event. */
      readonly isNew: boolean;
    };

export interface LiveCorpus {
  current(): CorpusSnapshot;
  /** Loads and indexes the directory again; swaps only when every file is good. */
  reload(): ReloadOutcome;
}

function describeProblems(problems: readonly CorpusProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/** Throws CorpusError when the directory is bad at start: the bot does not start on a broken corpus. */
export function createLiveCorpus(directory: string): LiveCorpus {
  const build = (version: number): CorpusSnapshot => {
    const index = indexCorpus(loadCorpus(directory));
    return { index, outlets: listOutlets(index), version };
  };
  let snapshot = build(1);
  let reported: string | null = null;
  return {
    current: () => snapshot,
    reload() {
      const started = performance.now();
      let next: CorpusSnapshot;
      try {
        next = build(snapshot.version + 1);
      } catch (error) {
        if (!(error instanceof CorpusError)) throw error;
        const key = describeProblems(error.problems);
        const isNew = key !== reported;
        reported = key;
        return { kind: 'invalid', problems: error.problems, isNew };
      }
      snapshot = next;
      reported = null;
      return { kind: 'reloaded', snapshot: next, ms: Math.round(performance.now() - started) };
    },
  };
}
