// Audit rows are written off the answer's path. better-sqlite3 waits for a lock synchronously, stopping
// the whole event loop, so a database locked by another process for 12 s used to stop every answer. Now
// an answer is queued (bounded, in memory) and written on a later turn of the event loop without waiting
// for the lock (busy timeout 0); while the database is locked, busy or unavailable the queue retries with
// a growing pause, and when it is full a new row is dropped and counted. See docs/store.md.
import type { AnswerRecord, AnswerRecordInput } from './audit-store.js';
import type { StoreFailure, StoreResult } from './store-result.js';

export interface AuditQueueOptions {
  /** Rows waiting at most; one more is dropped (and counted) instead of growing memory without bound. */
  readonly maxPending: number;
  /** The first pause after a failed write, doubled each time up to `maxRetryMs`. */
  readonly firstRetryMs: number;
  readonly maxRetryMs: number;
  /** Rows written in one transaction (one fsync): a burst costs one commit, not one per answer. */
  readonly batchSize: number;
}

export const DEFAULT_AUDIT_QUEUE: AuditQueueOptions = {
  maxPending: 1000,
  firstRetryMs: 50,
  maxRetryMs: 2000,
  batchSize: 50,
};

/** Told about one queued row's fate; the bot logs failures. */
export interface AuditCallbacks {
  readonly onRecorded?: (record: AnswerRecord) => void;
  /** The first write attempt of this row failed (lock held, database down): it is retried. Told once. */
  readonly onDelayed?: (failure: StoreFailure) => void;
  /** The row was given up: refused by the database as invalid, or still waiting when the store closed. */
  readonly onDropped?: (failure: StoreFailure, stats: AuditQueueStats) => void;
}

export type EnqueueOutcome =
  | { readonly kind: 'queued'; readonly pending: number }
  /** The queue was full: this row is not recorded. `dropped` counts every row dropped so far. */
  | { readonly kind: 'dropped'; readonly dropped: number };

export interface AuditQueueStats {
  readonly pending: number;
  readonly written: number;
  readonly dropped: number;
  /** Failed write attempts (lock held, database unavailable), each retried later. */
  readonly retries: number;
}

export interface AuditQueue {
  /** Never touches the database in the caller's turn: returns at once. */
  enqueue(input: AnswerRecordInput, callbacks?: AuditCallbacks): EnqueueOutcome;
  stats(): AuditQueueStats;
  /** Resolves when nothing is pending (or after `timeoutMs`): for shutdown and tests. */
  drained(timeoutMs?: number): Promise<boolean>;
  /** One last attempt at what is pending, then drops the rest (each told through onDropped). */
  close(): void;
}

/** The write the queue makes: the rows in one transaction, all or none, without waiting for a lock. */
export type WriteAnswers = (inputs: readonly AnswerRecordInput[]) => StoreResult<AnswerRecord[]>;

interface Pending {
  readonly input: AnswerRecordInput;
  readonly callbacks: AuditCallbacks | undefined;
  delayed: boolean;
}

/** Failures that a later attempt can get past: the lock goes, the file becomes writable, the disk frees. */
function isTransient(failure: StoreFailure): boolean {
  return failure.reason !== 'invalid';
}

export function createAuditQueue(
  write: WriteAnswers,
  now: () => number,
  options: AuditQueueOptions = DEFAULT_AUDIT_QUEUE,
): AuditQueue {
  const pending: Pending[] = [];
  let written = 0;
  let dropped = 0;
  let retries = 0;
  let retryMs = options.firstRetryMs;
  let timer: NodeJS.Timeout | NodeJS.Immediate | null = null;
  let closed = false;
  /** Set while the database is failing: a row queued meanwhile is delayed from the start. */
  let failing: StoreFailure | null = null;
  const idleWaiters: Array<() => void> = [];

  const stats = (): AuditQueueStats => ({ pending: pending.length, written, dropped, retries });

  const drop = (entry: Pending, failure: StoreFailure): void => {
    dropped++;
    entry.callbacks?.onDropped?.(failure, stats());
  };

  const settle = (entry: Pending, result: StoreResult<AnswerRecord>): void => {
    if (result.ok) {
      written++;
      entry.callbacks?.onRecorded?.(result.value);
    } else {
      drop(entry, result);
    }
  };

  /** Writes the oldest batch: 'more' when rows remain, 'retry' when the database could not take it. */
  const writeBatch = (): 'idle' | 'more' | 'retry' => {
    const batch = pending.slice(0, options.batchSize);
    if (batch.length === 0) return 'idle';
    const result = write(batch.map((entry) => entry.input));
    if (!result.ok && isTransient(result)) {
      failing = result;
      for (const entry of batch.filter((e) => !e.delayed)) {
        entry.delayed = true;
        entry.callbacks?.onDelayed?.(result);
      }
      return 'retry';
    }
    failing = null;
    pending.splice(0, batch.length);
    if (result.ok) {
      for (const [i, entry] of batch.entries()) settle(entry, { ok: true, value: result.value[i] as AnswerRecord });
    } else {
      // One row refused (a CHECK): write the rest one by one so only that row is given up.
      for (const entry of batch) {
        const single = write([entry.input]);
        settle(entry, single.ok ? { ok: true, value: single.value[0] as AnswerRecord } : single);
      }
    }
    return pending.length > 0 ? 'more' : 'idle';
  };

  const schedule = (delayMs: number): void => {
    if (timer !== null || closed) return;
    const run = (): void => {
      timer = null;
      const next = writeBatch();
      if (next === 'more') {
        retryMs = options.firstRetryMs;
        schedule(0);
      } else if (next === 'retry') {
        retries++;
        schedule(retryMs);
        retryMs = Math.min(options.maxRetryMs, retryMs * 2);
      } else {
        retryMs = options.firstRetryMs;
        for (const resolve of idleWaiters.splice(0)) resolve();
      }
    };
    // Unref'd: a pending audit row alone must not keep a stopping process alive (close() flushes).
    timer = delayMs === 0 ? setImmediate(run) : setTimeout(run, delayMs);
    timer.unref();
  };

  return {
    enqueue(input, callbacks) {
      if (closed || pending.length >= options.maxPending) {
        dropped++;
        return { kind: 'dropped', dropped };
      }
      // The time of the answer, not of the write: a row retried for 12 s keeps its own moment.
      const stamped = input.createdAt === undefined ? { ...input, createdAt: now() } : input;
      pending.push({ input: stamped, callbacks, delayed: failing !== null });
      if (failing !== null) callbacks?.onDelayed?.(failing);
      schedule(0);
      return { kind: 'queued', pending: pending.length };
    },
    stats,
    drained(timeoutMs = 10_000) {
      if (pending.length === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const giveUp = setTimeout(() => resolve(pending.length === 0), timeoutMs);
        giveUp.unref();
        idleWaiters.push(() => {
          clearTimeout(giveUp);
          resolve(true);
        });
      });
    },
    close() {
      if (closed) return;
      if (timer !== null) {
        clearTimeout(timer as NodeJS.Timeout);
        clearImmediate(timer as NodeJS.Immediate);
        timer = null;
      }
      while (writeBatch() === 'more') {}
      closed = true;
      const failure: StoreFailure = { ok: false, reason: 'unavailable', message: 'the store closed first' };
      for (const entry of pending.splice(0)) drop(entry, failure);
      for (const resolve of idleWaiters.splice(0)) resolve();
    },
  };
}
