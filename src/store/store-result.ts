// Every store operation that can fail returns a value, never throws: the bot keeps answering with
// defaults when the database is unavailable. The reason is an identifier; the sentence a person reads is
// chosen where it is shown (src/discord/render/store-failure.ts), worded for the operation that failed.

/** Why the database could not do what was asked. */
export type StoreFailureReason =
  /** The database could not be opened or its schema could not be brought up to date. */
  | 'unavailable'
  /** The file, its folder or the connection is read-only. */
  | 'read-only'
  /** Another connection holds the lock longer than the busy timeout. */
  | 'busy'
  /** Disk full, or the configured size cap reached. */
  | 'full'
  /** The value was rejected (for example a setting out of range); nothing was written. */
  | 'invalid';

export interface StoreFailure {
  readonly ok: false;
  readonly reason: StoreFailureReason;
  /** For logs and moderators; never contains secrets, may contain SQLite's own message. */
  readonly message: string;
}

export interface StoreSuccess<T> {
  readonly ok: true;
  readonly value: T;
}

export type StoreResult<T> = StoreSuccess<T> | StoreFailure;

export function succeed<T>(value: T): StoreSuccess<T> {
  return { ok: true, value };
}

export function fail(reason: StoreFailureReason, message: string): StoreFailure {
  return { ok: false, reason, message };
}

/** Maps a better-sqlite3 / file-system error to a failure reason by its code (SQLITE_FULL, EACCES…). */
export function classifyError(error: unknown): StoreFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return fail('read-only', message);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return fail('busy', message);
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') return fail('full', message);
  if (code.startsWith('SQLITE_CONSTRAINT')) return fail('invalid', message);
  return fail('unavailable', message);
}
