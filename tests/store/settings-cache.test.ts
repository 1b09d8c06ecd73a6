// settings.get is on every question's path: it must never wait for a lock. It answers from memory
// (refreshed on every write), re-reads after the cache time, and keeps the last value read when that
// re-read fails, instead of stalling the event loop for the busy timeout and then serving defaults.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GUILD_SETTINGS } from '../../src/store/index.js';
import { closeAfterTest, openTempStore } from '../support/temp-store.js';

describe('the settings cache on the answer path', () => {
  it('sees a change made by another process once the cache time is over', async () => {
    const { store, path } = openTempStore({ settingsCache: { ttlMs: 100, maxGuilds: 10 } });
    expect(store.settings.update('1', { resultsPerAnswer: 2 }, '9').ok).toBe(true);
    const other = new Database(path);
    closeAfterTest(() => other.close());
    other.prepare('UPDATE guild_settings SET results_per_answer = 4').run();
    expect(store.settings.get('1').resultsPerAnswer).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(store.settings.get('1').resultsPerAnswer).toBe(4);
  });

  it('keeps the last value read when a re-read fails, instead of falling back to the defaults', async () => {
    const { store, path } = openTempStore({ settingsCache: { ttlMs: 50, maxGuilds: 10 } });
    expect(store.settings.update('1', { cooldownSeconds: 77 }, '9').ok).toBe(true);
    // Any failure of the re-read will do; a broken schema is one that needs no timing.
    const other = new Database(path);
    closeAfterTest(() => other.close());
    other.exec('ALTER TABLE guild_settings RENAME TO broken');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.settings.read('1').ok).toBe(false);
    expect(store.settings.get('1').cooldownSeconds).toBe(77);
    expect(store.settings.get('2').cooldownSeconds).toBe(DEFAULT_GUILD_SETTINGS.cooldownSeconds);
  });
});
