import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';
import { NewerSchemaError, runMigrations } from './migrations/run-migrations.js';

export interface OpenDatabaseOptions {
  readonly path: string;
  /** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs: number;
  /** Open without write access (the eval CLI reading votes); migrations are then not applied. */
  readonly readonly: boolean;
  /** Caps the file at this many pages (4 KiB each): a guard against filling the disk. */
  readonly maxPageCount: number | null;
}

/** Opens the file (creating its folder), sets the pragmas and applies pending migrations. Throws on failure. */
export function openDatabase(options: OpenDatabaseOptions): Database {
  if (!options.readonly) mkdirSync(dirname(options.path), { recursive: true });
  const db = new BetterSqlite3(options.path, { readonly: options.readonly, fileMustExist: options.readonly });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs))}`);
    db.pragma('foreign_keys = ON');
    if (options.maxPageCount !== null) db.pragma(`max_page_count = ${Math.max(1, Math.trunc(options.maxPageCount))}`);
    if (options.readonly) {
      const version = Number(db.pragma('user_version', { simple: true }));
      if (version !== LATEST_SCHEMA_VERSION) {
        throw new NewerSchemaError(`read-only database has schema ${version}, this bot needs ${LATEST_SCHEMA_VERSION}`);
      }
      return db;
    }
    // WAL: readers never block the writer. synchronous=FULL: a commit is on disk before the call
    // returns, so a setting acknowledged to a moderator survives a power cut, not only a process crash.
    const mode = String(db.pragma('journal_mode = WAL', { simple: true }));
    if (mode !== 'wal') throw new Error(`could not switch to WAL journal mode (got ${mode})`);
    db.pragma('synchronous = FULL');
    runMigrations(db, MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
