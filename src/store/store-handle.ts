// The one place that holds the connection. Sub-stores ask it to run a read or a write; it turns every
// SQLite error into a StoreFailure, and when the database could not be opened it retries the open at
// most once per `reopenAfterMs`, so a lock held at start-up does not disable settings until a restart.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createFileGuard } from './file-guard.js';
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
  /** Told when the files changed under the bot and what the store did about it: the bot logs it. */
  readonly onEvent?: (event: StoreEvent) => void;
}

/** Something an operator must hear about: the database's files changed while the bot ran. */
export interface StoreEvent {
  readonly kind:
    | 'recreated'
    | 'lost'
    | 'reopened'
    | 'index-repaired'
    | 'index-unwritable'
    | 'writable-again'
    | 'read-only';
  readonly path: string;
  readonly message: string;
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
  /** Set while writes fail as read-only: every `reopenAfterMs` the next write reopens to look again. */
  let readOnly: { lookedAt: number } | null = null;
  const guard = createFileGuard(options.path);
  /**
   * Connections given up while their -shm was truncated and could not be repaired. Closing one would
   * touch the broken mapping (SIGBUS), and so would letting the garbage collector close it: kept here.
   */
  const abandoned: Database[] = [];
  const tell = (kind: StoreEvent['kind'], message: string): void =>
    options.onEvent?.({ kind, path: options.path, message });

  const connect = (): StoreResult<Database> => {
    if (closed) return fail('unavailable', 'the store is closed');
    if (db) return succeed(db);
    const at = options.now();
    if (lastFailure && at - lastAttempt < options.reopenAfterMs) return lastFailure;
    lastAttempt = at;
    if (guard?.check().kind === 'shm-truncated' && !guard.repairShm()) {
      lastFailure = fail('read-only', 'the database index file (-shm) was truncated and cannot be written');
      return lastFailure;
    }
    try {
      db = options.open();
      guard?.remember();
      busyTimeoutMs = null;
      lastFailure = null;
      return succeed(db);
    } catch (error) {
      lastFailure = classifyError(error);
      return lastFailure;
    }
  };

  const closeConnection = (): void => {
    const old = db;
    db = null;
    busyTimeoutMs = null;
    try {
      old?.close();
    } catch {
      // Closing a connection whose files are gone can fail; it is dropped either way.
    }
  };

  /** The file was deleted while open: copy the still-open database back to its path, then reopen it. */
  const recreate = (connection: Database): void => {
    const temporary = `${options.path}.recovering`;
    try {
      mkdirSync(dirname(options.path), { recursive: true });
      rmSync(temporary, { force: true });
      connection.prepare('VACUUM INTO ?').run(temporary);
      closeConnection();
      // Its WAL is in the copy; replayed into the new file it would corrupt it.
      guard?.setAsideOldSidecars(false);
      renameSync(temporary, options.path);
      tell('recreated', 'database file was deleted while running: rewrote it from the open connection');
    } catch (error) {
      closeConnection();
      guard?.setAsideOldSidecars(true);
      rmSync(temporary, { force: true });
      tell(
        'lost',
        `database file was deleted while running and could not be rewritten (${String(error)}): starting a new one`,
      );
    }
  };

  /** Before every call: the files on disk are still the ones the connection uses, and safe to touch. */
  const guardFiles = (): StoreFailure | null => {
    if (!guard || !db) return null;
    const check = guard.check();
    switch (check.kind) {
      case 'ok':
        return null;
      case 'deleted':
        recreate(db);
        return null;
      case 'replaced': {
        closeConnection();
        const keptAt = guard.setAsideOldSidecars(true);
        const kept = keptAt === null ? '' : ` (the old file's WAL is kept at ${keptAt})`;
        tell('reopened', `database file was replaced while running: reopened the new one${kept}`);
        return null;
      }
      case 'shm-replaced':
        closeConnection();
        tell('reopened', 'database index file (-shm) was replaced while running: reopened the database');
        return null;
      case 'shm-truncated':
        if (guard.repairShm()) {
          tell('index-repaired', 'database index file (-shm) was truncated while running: restored its length');
          return null;
        }
        abandoned.push(db);
        db = null;
        lastFailure = fail('read-only', 'the database index file (-shm) was truncated and cannot be written');
        lastAttempt = options.now();
        tell('index-unwritable', 'database index file (-shm) was truncated and cannot be written: store unavailable');
        return lastFailure;
    }
  };

  const setBusyTimeout = (connection: Database, ms: number): void => {
    const wanted = Math.max(0, Math.trunc(ms));
    if (wanted === busyTimeoutMs) return;
    connection.pragma(`busy_timeout = ${wanted}`);
    busyTimeoutMs = wanted;
  };

  /** A read-only connection stays so even once the file is writable again: reopen now and then to look. */
  const reopenIfWasReadOnly = (inTransaction: boolean): void => {
    if (!inTransaction || readOnly === null || !db) return;
    if (options.now() - readOnly.lookedAt < options.reopenAfterMs) return;
    readOnly = { lookedAt: options.now() };
    guard?.matchSidecarModes();
    closeConnection();
  };

  const run = <T>(fn: (db: Database) => T, inTransaction: boolean, waitMs: number): StoreResult<T> => {
    const unsafe = guardFiles();
    if (unsafe) return unsafe;
    reopenIfWasReadOnly(inTransaction);
    const connection = connect();
    if (!connection.ok) return connection;
    try {
      setBusyTimeout(connection.value, waitMs);
      const value = inTransaction ? connection.value.transaction(fn).immediate(connection.value) : fn(connection.value);
      if (inTransaction && readOnly !== null) {
        readOnly = null;
        tell('writable-again', 'database is writable again');
      }
      guard?.remember();
      return succeed(value);
    } catch (error) {
      if (error instanceof InvalidWriteError) return fail('invalid', error.message);
      const failure = classifyError(error);
      if (inTransaction && failure.reason === 'read-only' && readOnly === null) {
        readOnly = { lookedAt: options.now() };
        tell('read-only', `database is read-only (${failure.message}): will look again`);
      }
      return failure;
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
      if (guard?.check().kind === 'shm-truncated' && db && !guard.repairShm()) abandoned.push(db);
      else closeConnection();
      db = null;
    },
  };
}
