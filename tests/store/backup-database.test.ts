// `npm run backup` while another process writes as fast as it can (the bot's way: one committed write
// per acknowledgement), then `npm run restore`: refused while the writer has the file open, and after
// it stops the restored database holds exactly the backup's rows and passes PRAGMA integrity_check.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, checkDatabase, isDatabaseInUse, restoreDatabase } from '../../src/store/backup-database.js';
import { openStore } from '../../src/store/open-store.js';
import { REPO_ROOT } from '../support/real-corpus.js';
import { makeTempDir } from '../support/temp-store.js';

const WRITER = join(REPO_ROOT, 'tests/support/settings-burst.mjs');

interface Writer {
  readonly child: ChildProcess;
  readonly acks: () => number;
  readonly exited: Promise<void>;
}

const writers: ChildProcess[] = [];
afterEach(() => {
  for (const child of writers.splice(0)) child.kill('SIGKILL');
});

function startWriter(path: string): Writer {
  const child = spawn(process.execPath, [WRITER, path, '0', '1000000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  writers.push(child);
  let acks = 0;
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('ack ')) acks = Number(line.slice(4));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, acks: () => acks, exited };
}

async function waitForAcks(writer: Writer, count: number): Promise<void> {
  while (writer.acks() < count) await new Promise((resolve) => setTimeout(resolve, 10));
}

type Row = Record<string, unknown>;
function readSettings(path: string): Row[] {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT * FROM guild_settings ORDER BY CAST(guild_id AS INTEGER)').all() as Row[];
  } finally {
    db.close();
  }
}

interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Asynchronous, so the writer's acknowledgements keep being counted while the command runs. */
function runCli(script: 'backup' | 'restore', args: readonly string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [join(REPO_ROOT, `dist/cli/${script}.js`), ...args], {
    cwd: makeTempDir(),
    env: { PATH: process.env.PATH ?? '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('backup and restore', () => {
  it('backs up under write load, refuses to restore over the open database, then restores it exactly', async () => {
    const dir = makeTempDir();
    const database = join(dir, 'bot.sqlite');
    const writer = startWriter(database);
    await waitForAcks(writer, 200);

    const ackedBefore = writer.acks();
    const backupPath = join(dir, 'backup.sqlite');
    const backup = await runCli('backup', [backupPath, '--database', database]);
    const ackedAfter = writer.acks();
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toBe(`${backupPath}\n`);
    expect(backup.stderr).toMatch(/^backed up .* integrity ok; rows: .*guild_settings \d+/);
    // Taken while the writer was still writing, not after it finished.
    expect(writer.child.exitCode).toBeNull();
    expect(ackedAfter).toBeGreaterThan(ackedBefore);

    const refused = await runCli('restore', [backupPath, '--database', database]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`${database}: in use by a running bot (or another program); stop it, then restore\n`);

    writer.child.kill('SIGTERM');
    await writer.exited;
    const backedUp = readSettings(backupPath);
    const live = readSettings(database);
    // A consistent snapshot: every write acknowledged before the backup began, nothing half-written, and
    // each row exactly as the live database has it.
    expect(backedUp.length).toBeGreaterThanOrEqual(ackedBefore);
    expect(backedUp.length).toBeLessThan(live.length);
    expect(live.slice(0, backedUp.length)).toEqual(backedUp);
    expect(checkDatabase(backupPath).rows.guild_settings).toBe(backedUp.length);

    const restore = await runCli('restore', [backupPath, '--database', database]);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stderr).toMatch(/^restored .* integrity ok; .*the replaced database is kept as .*before-restore-/);
    expect(readSettings(database)).toEqual(backedUp);
    const kept = /kept as (\S+)\n$/.exec(restore.stderr)?.[1] ?? '';
    expect(readSettings(kept)).toEqual(live);
    // The bot opens the restored file as usual.
    const store = openStore({ path: database });
    expect(store.status().kind).toBe('ready');
    expect(store.settings.get(String(backedUp.length)).resultsPerAnswer).toBe(1 + (backedUp.length % 5));
    store.close();
  }, 60_000);

  it('refuses a damaged or foreign file, and never overwrites an existing backup', async () => {
    const dir = makeTempDir();
    const database = join(dir, 'bot.sqlite');
    openStore({ path: database }).close();
    const notSqlite = join(dir, 'notes.txt');
    writeFileSync(notSqlite, 'not a database at all, just some text that is long enough to be a header');
    await expect(restoreDatabase(notSqlite, database)).rejects.toThrow(`${notSqlite}: not a SQLite database`);
    const foreign = join(dir, 'foreign.sqlite');
    new BetterSqlite3(foreign).exec('CREATE TABLE t (x)');
    await expect(restoreDatabase(foreign, database)).rejects.toThrow(/foreign\.sqlite: schema version 0 is not one/);
    const existing = join(dir, 'existing.sqlite');
    writeFileSync(existing, '');
    await expect(backupDatabase(database, existing)).rejects.toThrow(`${existing}: already exists`);
    await expect(backupDatabase(join(dir, 'missing.sqlite'), join(dir, 'b.sqlite'))).rejects.toThrow(
      /missing\.sqlite: no such database file/,
    );
    expect(isDatabaseInUse(database)).toBe(false);
    expect(existsSync(join(dir, 'b.sqlite'))).toBe(false);
  });

  it('answers --help with usage and does nothing else', async () => {
    for (const script of ['backup', 'restore'] as const) {
      const run = await runCli(script, ['--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^usage: npm run ${script} -- `));
      expect(run.stderr).toBe('');
    }
  });
});
