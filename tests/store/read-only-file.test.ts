// A database file the bot's user cannot write (chmod 444). Root ignores file modes, so when the tests
// run as root the check runs in a child process as `nobody` (through runuser), as the bot would run.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/real-corpus.js';
import { openTempStore } from '../support/temp-store.js';

const PROBE = join(REPO_ROOT, 'tests/support/store-probe.mjs');
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p));
const isRoot = process.getuid?.() === 0;

function probe(path: string): { status: string; resultsPerAnswer: number; update: { ok: boolean; reason?: string } } {
  const command = isRoot && RUNUSER ? [RUNUSER, '-u', 'nobody', '--', process.execPath] : [process.execPath];
  const [bin = process.execPath, ...args] = command;
  const run = spawnSync(bin, [...args, PROBE, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`probe failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('a read-only database file', () => {
  it.skipIf(isRoot && !RUNUSER)('still reads the saved settings and refuses writes as read-only', () => {
    if (!existsSync(join(REPO_ROOT, 'dist/store/open-store.js'))) throw new Error('run `npm run build` first');
    const { store, path } = openTempStore();
    expect(store.settings.update('1', { resultsPerAnswer: 5 }, '9').ok).toBe(true);
    store.close();
    chmodSync(path, 0o444);
    // The other user must reach the file, and SQLite needs the folder for its -shm/-wal files.
    chmodSync(dirname(path), 0o777);
    chmodSync(dirname(dirname(path)), 0o755);

    const seen = probe(path);
    expect(seen.status).toBe('ready');
    expect(seen.resultsPerAnswer).toBe(5);
    expect(seen.update).toMatchObject({ ok: false, reason: 'read-only' });
  });
});
