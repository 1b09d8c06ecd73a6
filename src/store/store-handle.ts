// The one place that holds the connection. Sub-stores ask it to run a read or a write; it turns every
// SQLite error into a StoreFailure, and when the database could not be opened it retries the open at
// most once per `reopenAfterMs`, so a lock held at start-up does not disable settings until a restart.
import type { Database } from 'better-sqlite3';
import { classifyError, fail, type StoreFailure, type StoreResult, succeed } from './store-result.js';

/** Milliseconds since the epoch. Injected so retention and tests never depend on the wall clock. */
export type Clock = () => number;

export type StoreStatus =
  | { readonly kind: 'ready'; readonly path: string; readonly readonly: boolean }
  | { readonly kind: 'unavailable'; readonly path: string; readonly failure: StoreFailure };

/**
 * How long one call may wait for another connection's lock. better-sqlite3 waits synchronously, with the
 * whole event loop stopped, so every caller on the bot's path chooses a short wait (see docs/store.md).
 */
export interface LockWait {
  readonly busyTimeoutMs?: number;
}

export interface StoreHandle {
  readonly now: Clock;
  /** Runs `fn` with the connection (no transaction: a single SELECT is already consistent). */
  read<T>(fn: (db: Database) => T, wait?: LockWait): StoreResult<T>;
  /** Runs `fn` inside BEGIN IMMEDIATE … COMMIT; any throw rolls the whole write back. */
  write<T>(fn: (db: Database) => T, wait?: LockWait): StoreResult<T>;
  status(): StoreStatus;
  close(): void;
}

export interface StoreHandleOptions {
  readonly path: string;
  readonly now: Clock;
  readonly reopenAfterMs: number;
  /** The lock wait of reads and writes that do not choose their own. */
  readonly readBusyTimeoutMs: number;
  readonly writeBusyTimeoutMs: number;
  /** Opens and migrates; throws when it cannot. */
  readonly open: () => Database;
}

/** A write that `fn` refuses (bad value): thrown inside the transaction so it rolls back. */
export class InvalidWriteError extends Error {
  override name = 'InvalidWriteError';
}

export function createStoreHandle(options: StoreHandleOptions): StoreHandle {
  let db: Database | null = null;
  let lastFailure: StoreFailure | null = null;
  let lastAttempt = Number.NEGATIVE_INFINITY;
  let closed = false;
  /** The busy_timeout the connection has now, so the pragma runs only when a call wants another. */
  let busyTimeoutMs: number | null = null;

  const connect = (): StoreResult<Database> => {
    if (closed) return fail('unavailable', 'the store is closed');
    if (db) return succeed(db);
    const at = options.now();
    if (lastFailure && at - lastAttempt < options.reopenAfterMs) return lastFailure;
    lastAttempt = at;
    try {
      db = options.open();
      busyTimeoutMs = null;
      lastFailure = null;
      return succeed(db);
    } catch (error) {
      lastFailure = classifyError(error);
      return lastFailure;
    }
  };

  const setBusyTimeout = (connection: Database, ms: number): void => {
    const wanted = Math.max(0, Math.trunc(ms));
    if (wanted === busyTimeoutMs) return;
    connection.pragma(`busy_timeout = ${wanted}`);
    busyTimeoutMs = wanted;
  };

  const run = <T>(fn: (db: Database) => T, inTransaction: boolean, waitMs: number): StoreResult<T> => {
    const connection = connect();
    if (!connection.ok) return connection;
    try {
      setBusyTimeout(connection.value, waitMs);
      const value = inTransaction ? connection.value.transaction(fn).immediate(connection.value) : fn(connection.value);
      return succeed(value);
    } catch (error) {
      if (error instanceof InvalidWriteError) return fail('invalid', error.message);
      return classifyError(error);
    }
  };

  // Open eagerly so start-up logs say at once whether settings will persist.
  connect();

  return {
    now: options.now,
    read: (fn, wait) => run(fn, false, wait?.busyTimeoutMs ?? options.readBusyTimeoutMs),
    write: (fn, wait) => run(fn, true, wait?.busyTimeoutMs ?? options.writeBusyTimeoutMs),
    status: () =>
      db
        ? { kind: 'ready', path: options.path, readonly: db.readonly }
        : {
            kind: 'unavailable',
            path: options.path,
            failure: lastFailure ?? fail('unavailable', closed ? 'the store is closed' : 'not opened'),
          },
    close: () => {
      closed = true;
      db?.close();
      db = null;
    },
  };
}
