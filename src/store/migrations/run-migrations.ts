import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
}

/**
 * Brings the schema to the latest version in one IMMEDIATE transaction: either every pending migration
 * and the new `user_version` are committed, or none (a crash mid-way leaves the old version intact).
 * Returns the versions applied.
 */
export function runMigrations(db: Database, migrations: readonly Migration[]): number[] {
  // Look first without a lock: an up-to-date database must open even while another connection writes.
  const latest = migrations.at(-1)?.version ?? 0;
  if (Number(db.pragma('user_version', { simple: true })) === latest) return [];
  const apply = db.transaction((): number[] => {
    const current = Number(db.pragma('user_version', { simple: true }));
    if (current > latest) {
      throw new NewerSchemaError(`database schema version ${current} is newer than this bot knows (${latest})`);
    }
    const pending = migrations.filter((m) => m.version > current);
    for (const migration of pending) {
      db.exec(migration.sql);
      // user_version takes no bound parameters; the value is an integer from our own list.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }
    return pending.map((m) => m.version);
  });
  return apply.immediate();
}
