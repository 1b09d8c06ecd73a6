import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type OpenStoreOptions, openStore, type Store } from '../../src/store/open-store.js';

/** A clock the test moves by hand. */
export function createManualClock(start = Date.UTC(2026, 0, 1)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** A fresh temp folder, removed after the test. */
export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real SQLite file in a fresh temp folder (nested, to show the folder is created), closed after the test. */
export function openTempStore(options: Partial<OpenStoreOptions> = {}): { store: Store; path: string } {
  const path = options.path ?? join(makeTempDir(), 'data', 'bot.sqlite');
  const store = openStore({ ...options, path });
  cleanups.push(() => store.close());
  return { store, path };
}

/** Registers something to close after the test (extra connections). */
export function closeAfterTest(close: () => void): void {
  cleanups.push(close);
}
