// Issue 14 items 3 and 4: the database's files changing under a running bot. Deleted: the store must not
// keep writing into the unlinked inode (false "Saved."). Replaced: it uses the new file. A truncated -shm
// must not kill the process with SIGBUS, and a store that went read-only must come back once writable.
import { chmodSync, chownSync, copyFileSync, renameSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { StoreEvent } from '../../src/store/store-handle.js';
import { IS_ROOT, RUNUSER, startStoreSteps } from '../support/store-steps.js';
import { closeAfterTest, makeTempDir, openTempStore } from '../support/temp-store.js';

function reopenAndRead(path: string, guild: string): number {
  const fresh = openStore({ path });
  try {
    return fresh.settings.get(guild).cooldownSeconds;
  } finally {
    fresh.close();
  }
}

describe('the database file deleted while the bot runs', () => {
  it('rewrites the file from the open connection, so what was saved and what is saved next both survive', () => {
    const events: StoreEvent[] = [];
    const { store, path } = openTempStore({ onEvent: (e) => events.push(e) });
    expect(store.settings.update('1', { cooldownSeconds: 11 }, '9').ok).toBe(true);
    unlinkSync(path);
    expect(store.settings.update('2', { cooldownSeconds: 22 }, '9').ok).toBe(true);
    expect(events.map((e) => e.kind)).toEqual(['recreated']);
    store.close();
    expect(reopenAndRead(path, '1')).toBe(11);
    expect(reopenAndRead(path, '2')).toBe(22);
  });

  it('survives its whole folder being removed (with the -wal and -shm)', () => {
    const events: StoreEvent[] = [];
    const { store, path } = openTempStore({ onEvent: (e) => events.push(e) });
    expect(store.settings.update('1', { cooldownSeconds: 11 }, '9').ok).toBe(true);
    rmSync(dirname(path), { recursive: true, force: true });
    expect(store.settings.update('2', { cooldownSeconds: 22 }, '9').ok).toBe(true);
    expect(events.map((e) => e.kind)).toContain('recreated');
    store.close();
    expect(reopenAndRead(path, '1')).toBe(11);
    expect(reopenAndRead(path, '2')).toBe(22);
  });

  it('uses a file put in its place (a restore) instead of the old one, and says so', () => {
    const events: StoreEvent[] = [];
    const { store, path } = openTempStore({ onEvent: (e) => events.push(e) });
    expect(store.settings.update('1', { cooldownSeconds: 11 }, '9').ok).toBe(true);
    const otherPath = join(makeTempDir(), 'other.sqlite');
    const other = openStore({ path: otherPath });
    other.settings.update('3', { cooldownSeconds: 33 }, '9');
    other.close();
    copyFileSync(otherPath, `${path}.new`);
    renameSync(`${path}.new`, path);
    expect(store.settings.update('4', { cooldownSeconds: 44 }, '9').ok).toBe(true);
    expect(events.map((e) => e.kind)).toEqual(['reopened']);
    store.close();
    expect(reopenAndRead(path, '3')).toBe(33);
    expect(reopenAndRead(path, '4')).toBe(44);
  });
});

describe('the -shm file changing under the bot', () => {
  it('does not die of SIGBUS when the -shm is truncated: restores its length and keeps writing', async () => {
    const path = join(makeTempDir(), 'bot.sqlite');
    const steps = startStoreSteps(path);
    expect((await steps.update('1', 11)).update.ok).toBe(true);
    truncateSync(`${path}-shm`, 0);
    const after = await steps.update('1', 22);
    expect(after).toEqual({ update: { ok: true }, value: 22, events: ['index-repaired'] });
    expect(await steps.finish()).toMatchObject({ code: 0, signal: null });
    const check = new Database(path, { readonly: true });
    closeAfterTest(() => check.close());
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(reopenAndRead(path, '1')).toBe(22);
  });

  it.skipIf(!IS_ROOT || !RUNUSER)(
    'truncated and unwritable: refuses writes as read-only, then writes again once the file is writable',
    async () => {
      const dir = makeTempDir();
      chmodSync(dir, 0o777);
      const path = join(dir, 'bot.sqlite');
      const steps = startStoreSteps(path, { asNobody: true, reopenAfterMs: 100 });
      expect((await steps.update('1', 11)).update.ok).toBe(true);
      const shm = `${path}-shm`;
      chownSync(shm, 0, 0);
      chmodSync(shm, 0o444);
      truncateSync(shm, 0);
      const refused = await steps.update('1', 22);
      expect(refused.update).toEqual({ ok: false, reason: 'read-only' });
      expect(refused.events).toContain('index-unwritable');
      chmodSync(shm, 0o666);
      await new Promise((resolve) => setTimeout(resolve, 150));
      const back = await steps.update('1', 33);
      expect(back.update).toEqual({ ok: true });
      expect(back.value).toBe(33);
      expect(await steps.finish()).toMatchObject({ code: 0, signal: null });
    },
  );

  it.skipIf(!IS_ROOT || !RUNUSER)('a database that was read-only is written again once it is writable', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'bot.sqlite');
    openStore({ path }).close();
    chmodSync(dir, 0o777);
    chmodSync(path, 0o444);
    const steps = startStoreSteps(path, { asNobody: true, reopenAfterMs: 100 });
    expect((await steps.update('1', 11)).update).toEqual({ ok: false, reason: 'read-only' });
    chmodSync(path, 0o666);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const back = await steps.update('1', 22);
    expect(back.update).toEqual({ ok: true });
    expect(back.events).toContain('writable-again');
    expect(await steps.finish()).toMatchObject({ code: 0, signal: null });
  });
});
