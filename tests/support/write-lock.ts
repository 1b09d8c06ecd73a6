// Another process holding SQLite's write lock on a database file, for as long as a test says.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './real-corpus.js';

const HOLDER = join(REPO_ROOT, 'tests/support/hold-write-lock.mjs');

export interface WriteLock {
  /** Resolves when the other process has committed and let go. */
  readonly released: Promise<void>;
  readonly child: ChildProcess;
}

/** Resolves once the other process holds the lock (BEGIN IMMEDIATE), which it keeps for `holdMs`. */
export function holdWriteLock(path: string, holdMs: number): Promise<WriteLock> {
  const child = spawn(process.execPath, [HOLDER, path, String(holdMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const released = new Promise<void>((resolve, reject) => {
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lock holder failed: ${stderr}`))));
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ released, child });
    });
    child.on('error', reject);
    released.catch(reject);
  });
}
