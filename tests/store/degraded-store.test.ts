// The database can fail under the bot: read-only, locked by another process, or full. The store must
// then keep answering reads with defaults (or what it can still read), turn writes into a typed failure,
// and never throw.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { DEFAULT_GUILD_SETTINGS } from '../../src/store/settings-store.js';
import { makeAnswerInput } from '../support/answer-input.js';
import { closeAfterTest, createManualClock, makeTempDir, openTempStore } from '../support/temp-store.js';

describe('a degraded store', () => {
  it('cannot create its folder: reads give defaults, every write a failure, nothing throws', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'not-a-folder'), '');
    const { store } = openTempStore({ path: join(dir, 'not-a-folder', 'bot.sqlite') });
    expect(store.status()).toMatchObject({ kind: 'unavailable' });
    expect(store.settings.get('1')).toEqual(DEFAULT_GUILD_SETTINGS);
    expect(store.settings.read('1')).toMatchObject({ ok: false });
    const write = store.settings.update('1', { resultsPerAnswer: 2 }, '9');
    expect(write).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(store.audit.recordAnswer(makeAnswerInput()).ok).toBe(false);
    expect(store.feedback.recordVote('1', '2', 'helpful').ok).toBe(false);
    expect(store.retention.purgeExpired().ok).toBe(false);
    expect(store.audit.listHistory('1').ok).toBe(false);
  });

  it('is read-only: saved settings still read, writes fail as read-only', () => {
    const { store, path } = openTempStore();
    store.settings.update('1', { resultsPerAnswer: 5 }, '9');
    store.close();
    const readonly = openStore({ path, readonly: true });
    closeAfterTest(() => readonly.close());
    expect(readonly.status()).toMatchObject({ kind: 'ready', readonly: true });
    expect(readonly.settings.get('1').resultsPerAnswer).toBe(5);
    const write = readonly.settings.update('1', { resultsPerAnswer: 1 }, '9');
    expect(write).toMatchObject({ ok: false, reason: 'read-only' });
    expect(readonly.audit.recordAnswer(makeAnswerInput()).ok).toBe(false);
    expect(readonly.settings.get('1').resultsPerAnswer).toBe(5);
  });

  it('is locked by another connection: writes fail as busy after the short timeout, then work again', () => {
    const { store, path } = openTempStore({ busyTimeoutMs: 50 });
    store.settings.update('1', { cooldownSeconds: 20 }, '9');
    const other = new Database(path);
    closeAfterTest(() => other.close());
    other.exec('BEGIN EXCLUSIVE');
    const started = Date.now();
    expect(store.settings.update('1', { cooldownSeconds: 40 }, '9')).toMatchObject({ ok: false, reason: 'busy' });
    expect(Date.now() - started).toBeLessThan(1500);
    // WAL: readers are not blocked by a writer, so the saved value still reads.
    expect(store.settings.get('1').cooldownSeconds).toBe(20);
    other.exec('COMMIT');
    expect(store.settings.update('1', { cooldownSeconds: 40 }, '9').ok).toBe(true);
    expect(store.settings.get('1').cooldownSeconds).toBe(40);
  });

  it('locked while it needs to migrate at start-up: unavailable, then opens on a later call', () => {
    const dir = makeTempDir();
    const path = join(dir, 'bot.sqlite');
    const other = new Database(path);
    closeAfterTest(() => other.close());
    other.pragma('journal_mode = WAL');
    other.exec('BEGIN EXCLUSIVE; CREATE TABLE holder (x INTEGER);');
    const clock = createManualClock();
    const { store } = openTempStore({ path, busyTimeoutMs: 50, reopenAfterMs: 10_000, now: clock.now });
    expect(store.status()).toMatchObject({ kind: 'unavailable', failure: { reason: 'busy' } });
    expect(store.settings.get('1')).toEqual(DEFAULT_GUILD_SETTINGS);
    other.exec('COMMIT');
    // Within the back-off the store does not retry; after it, the next call opens and migrates.
    expect(store.settings.update('1', { visibility: 'private' }, '9').ok).toBe(false);
    clock.advance(10_000);
    expect(store.settings.update('1', { visibility: 'private' }, '9').ok).toBe(true);
    expect(store.status()).toMatchObject({ kind: 'ready' });
  });

  it('is full (page cap reached): writes fail as full, reads and the file stay good', () => {
    const { store, path } = openTempStore({ maxPageCount: 40 });
    store.settings.update('1', { retentionDays: 9 }, '9');
    const long = 'x'.repeat(2000);
    let failure: { ok: false; reason: string } | undefined;
    for (let i = 0; i < 500 && !failure; i++) {
      const result = store.audit.recordAnswer(makeAnswerInput({ question: `${i} ${long}` }));
      if (!result.ok) failure = result;
    }
    expect(failure).toMatchObject({ ok: false, reason: 'full' });
    expect(store.settings.get('1').retentionDays).toBe(9);
    expect(store.audit.listHistory('100', { limit: 1 }).ok).toBe(true);
    store.close();
    const check = new Database(path, { readonly: true });
    closeAfterTest(() => check.close());
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
