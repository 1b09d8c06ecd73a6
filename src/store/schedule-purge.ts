import type { PurgeResult, RetentionStore } from './retention-store.js';
import { DAY_MS } from './retention-store.js';
import type { StoreResult } from './store-result.js';

/** The two timer functions the scheduler needs; Node's globals fit, tests pass their own. */
export interface PurgeTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(timer: unknown): void;
}

export interface SchedulePurgeOptions {
  readonly intervalMs?: number;
  readonly timers?: PurgeTimers;
  /** Told every result, failures included (the bot logs them; a failed purge is retried next time). */
  readonly onResult?: (result: StoreResult<PurgeResult>) => void;
}

export const DEFAULT_SCHEDULE_PURGE = { intervalMs: DAY_MS } as const;

const nodeTimers: PurgeTimers = {
  setInterval: (callback, ms) => {
    const timer = setInterval(callback, ms);
    // A daily chore must not keep the process alive on its own.
    timer.unref();
    return timer;
  },
  clearInterval: (timer) => clearInterval(timer as NodeJS.Timeout),
};

/** Purges once now and then every `intervalMs`; returns a function that stops it. */
export function schedulePurge(retention: RetentionStore, options: SchedulePurgeOptions = {}): () => void {
  const timers = options.timers ?? nodeTimers;
  const run = (): void => {
    const result = retention.purgeExpired();
    options.onResult?.(result);
  };
  run();
  const timer = timers.setInterval(run, options.intervalMs ?? DEFAULT_SCHEDULE_PURGE.intervalMs);
  return () => timers.clearInterval(timer);
}
