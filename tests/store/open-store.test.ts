import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open-store.js';
import { closeAfterTest, openTempStore } from '../support/temp-store.js';

describe('openStore', () => {
  it('creates the folder and the file, in WAL mode, at the latest schema version', () => {
    const { store, path } = openTempStore();
    expect(store.status()).toMatchObject({ kind: 'ready', readonly: false });
    expect(existsSync(path)).toBe(true);
    store.close();
    const db = new Database(path, { readonly: true });
    closeAfterTest(() => db.close());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['answers', 'feedback', 'guild_settings', 'removals']));
  });

  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('keeps data across a close and reopen, and does not re-run migrations', () => {
    const { store, path } = openTempStore();
    expect(store.settings.update('1', { resultsPerAnswer: 5 }, '9').ok).toBe(true);
    store.close();
    const again = openStore({ path });
    closeAfterTest(() => again.close());
    expect(again.settings.get('1').resultsPerAnswer).toBe(5);
  });

  it('comes up unavailable, without throwing, when the database is newer than the code', () => {
    const { store, path } = openTempStore();
    store.close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const again = openStore({ path });
    closeAfterTest(() => again.close());
    expect(again.status()).toMatchObject({ kind: 'unavailable', failure: { reason: 'unavailable' } });
    expect(again.settings.get('1').resultsPerAnswer).toBe(3);
  });
});
