// Settings acknowledged to a moderator must survive a crash. A child process saves settings in a tight
// loop and prints "ack n" after each commit; the test SIGKILLs it mid-burst (twice, on the same file, so
// the second run also starts from a crashed database), then checks every acknowledged write is there
// and SQLite finds the file intact.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { REPO_ROOT } from '../support/real-corpus.js';
import { closeAfterTest, makeTempDir } from '../support/temp-store.js';

const CHILD = join(REPO_ROOT, 'tests/support/settings-burst.mjs');
const KILL_AFTER_ACKS = 300;
const BURST_SIZE = 1_000_000;

interface CrashRun {
  readonly lastAck: number;
  readonly signal: NodeJS.Signals | null;
}

/** Runs the writer, kills it with SIGKILL once it has acknowledged `killAfter` writes. */
function runAndKill(path: string, first: number, killAfter: number): Promise<CrashRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, path, String(first), String(BURST_SIZE)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let lastAck = first;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        // Every ack printed counts, including those still in the pipe when the kill was sent.
        if (match) lastAck = Math.max(lastAck, Number(match[1]));
      }
      if (lastAck - first >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer was not killed (signal ${signal}): ${stderr}`));
      else resolve({ lastAck, signal });
    });
  });
}

describe('durability of acknowledged settings', () => {
  it('keeps every acknowledged setting after SIGKILL mid-burst, and the file passes integrity_check', async () => {
    if (!existsSync(join(REPO_ROOT, 'dist/store/open-store.js'))) throw new Error('run `npm run build` first');
    const path = join(makeTempDir(), 'data', 'bot.sqlite');

    const first = await runAndKill(path, 0, KILL_AFTER_ACKS);
    const second = await runAndKill(path, first.lastAck + 1, KILL_AFTER_ACKS);
    expect(first.lastAck).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(second.lastAck - first.lastAck).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    // Reopen through the store, as the bot does after a restart.
    const store = openStore({ path });
    closeAfterTest(() => store.close());
    expect(store.status()).toMatchObject({ kind: 'ready' });
    const acked = [
      ...Array.from({ length: first.lastAck }, (_, i) => i + 1),
      ...Array.from({ length: second.lastAck - first.lastAck - 1 }, (_, i) => first.lastAck + 2 + i),
    ];
    const missing = acked.filter((n) => {
      const s = store.settings.read(String(n));
      return !(
        s.ok &&
        s.value.cooldownSeconds === n % 3601 &&
        s.value.resultsPerAnswer === 1 + (n % 5) &&
        s.value.allowedChannelIds[0] === String(n) &&
        s.value.visibility === 'private'
      );
    });
    expect(missing).toEqual([]);
    store.close();

    const db = new Database(path, { readonly: true });
    closeAfterTest(() => db.close());
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = Number(db.prepare('SELECT count(*) FROM guild_settings').pluck().get());
    // At most one write per run can have committed without its ack reaching us.
    expect(rows).toBeGreaterThanOrEqual(acked.length);
    expect(rows).toBeLessThanOrEqual(acked.length + 2);
    console.info(
      `durability: acked ${first.lastAck} then ${second.lastAck - first.lastAck - 1} writes before the two SIGKILLs; ` +
        `${acked.length} acknowledged, ${rows} rows on disk, none missing, integrity_check ok`,
    );
  });
});
