// Online backup and restore of the bot's SQLite file, for `npm run backup` and `npm run restore`.
// Backup uses SQLite's backup API through better-sqlite3 while the bot keeps writing: the copy is one
// consistent snapshot, because it is taken in a single step inside one read transaction (WAL lets the
// bot's writes go on meanwhile; a step-by-step copy would restart each time the bot wrote and might never
// finish under load). Restore refuses while any process has the database open: every WAL connection
// holds a shared lock on the file, so an exclusive lock that cannot be had means the bot is running.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';

/** Why a backup or restore was refused; the message names the file. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface CheckedDatabase {
  readonly path: string;
  readonly bytes: number;
  readonly schemaVersion: number;
  /** Rows per table, for the report and for tests comparing a copy with its source. */
  readonly rows: Readonly<Record<string, number>>;
}

function openExisting(path: string, readonly: boolean): Database {
  if (!existsSync(path)) throw new BackupError(`${path}: no such database file`);
  try {
    return new BetterSqlite3(path, { readonly, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${path}: cannot open (${error instanceof Error ? error.message : String(error)})`);
  }
}

function countRows(db: Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      Number(
        db
          .prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
          .pluck()
          .get(),
      ),
    ]),
  );
}

/** `PRAGMA integrity_check` and the schema version: refuses a file that is damaged or not this bot's. */
export function checkDatabase(path: string): CheckedDatabase {
  const db = openExisting(path, true);
  try {
    let lines: string[];
    try {
      lines = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    } catch (error) {
      throw new BackupError(
        `${path}: not a SQLite database (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (lines.length !== 1 || lines[0] !== 'ok')
      throw new BackupError(`${path}: integrity check failed: ${lines.slice(0, 3).join('; ')}`);
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (schemaVersion < 1 || schemaVersion > LATEST_SCHEMA_VERSION)
      throw new BackupError(
        `${path}: schema version ${schemaVersion} is not one this bot knows (1 to ${LATEST_SCHEMA_VERSION})`,
      );
    return { path, bytes: statSync(path).size, schemaVersion, rows: countRows(db) };
  } finally {
    db.close();
  }
}

/** Copies the live database at `source` to `destination` (which must not exist yet), then checks the copy. */
export async function backupDatabase(source: string, destination: string): Promise<CheckedDatabase> {
  if (existsSync(destination)) throw new BackupError(`${destination}: already exists; choose a new file name`);
  if (!existsSync(dirname(destination)) || !statSync(dirname(destination)).isDirectory())
    throw new BackupError(`${destination}: the folder ${dirname(destination)} does not exist`);
  const db = openExisting(source, true);
  try {
    // One step: `progress` asks for every remaining page at once (see the header for why).
    await db.backup(destination, { progress: ({ remainingPages }) => Math.max(remainingPages, 1) });
  } catch (error) {
    rmSync(destination, { force: true });
    throw new BackupError(`${destination}: backup failed (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    db.close();
  }
  return checkDatabase(destination);
}

/** True when another connection has `path` open: the bot, or any tool reading it. */
export function isDatabaseInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  const db = new BetterSqlite3(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    db.close();
  }
}

export interface RestoreResult {
  readonly restored: CheckedDatabase;
  /** Where the database that was replaced now is, or null when there was none. */
  readonly previous: string | null;
}

/**
 * Puts a checked copy of `backup` at `target`. The database it replaces is kept beside it as
 * `<name>.before-restore-<time>`, with its -wal and -shm (after a crash the -wal may hold commits).
 */
export async function restoreDatabase(backup: string, target: string, now: Date = new Date()): Promise<RestoreResult> {
  checkDatabase(backup);
  if (isDatabaseInUse(target))
    throw new BackupError(`${target}: in use by a running bot (or another program); stop it, then restore`);
  const staged = join(dirname(target), `.${basename(target)}.restoring`);
  rmSync(staged, { force: true });
  const source = openExisting(backup, true);
  try {
    await source.backup(staged, { progress: ({ remainingPages }) => Math.max(remainingPages, 1) });
  } finally {
    source.close();
  }
  let previous: string | null = null;
  if (existsSync(target)) {
    const kept = `${target}.before-restore-${now.toISOString().replaceAll(':', '-')}`;
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(`${target}${suffix}`)) renameSync(`${target}${suffix}`, `${kept}${suffix}`);
    renameSync(target, kept);
    previous = kept;
  }
  renameSync(staged, target);
  return { restored: checkDatabase(target), previous };
}
