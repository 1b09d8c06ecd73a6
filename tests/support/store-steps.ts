// Drives tests/support/store-steps.mjs: one store in a child process (optionally as another user), one
// step at a time, so a test can change the files between steps and a crash shows as a signal.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './real-corpus.js';

const SCRIPT = join(REPO_ROOT, 'tests/support/store-steps.mjs');
export const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p));
export const IS_ROOT = process.getuid?.() === 0;

export interface StepReply {
  readonly update: { readonly ok: boolean; readonly reason?: string };
  readonly value: number | null;
  readonly events: readonly string[];
}

export interface StoreSteps {
  update(guild: string, cooldown: number): Promise<StepReply>;
  /** Ends stdin and resolves with how the child exited. */
  finish(): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function startStoreSteps(
  path: string,
  options: { asNobody?: boolean; reopenAfterMs?: number } = {},
): StoreSteps {
  if (!existsSync(join(REPO_ROOT, 'dist/store/open-store.js'))) throw new Error('run `npm run build` first');
  const args = [SCRIPT, path, String(options.reopenAfterMs ?? 100)];
  const child: ChildProcessWithoutNullStreams =
    options.asNobody && IS_ROOT && RUNUSER
      ? spawn(RUNUSER, ['-u', 'nobody', '--', process.execPath, ...args])
      : spawn(process.execPath, args);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  const replies = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async update(guild, cooldown) {
      child.stdin.write(`update ${guild} ${cooldown}\n`);
      const next = await Promise.race([replies.next(), exited.then((e) => ({ exited: e }))]);
      if ('exited' in next) throw new Error(`store child died: ${JSON.stringify(next.exited)}`);
      if (next.done) throw new Error(`store child closed stdout: ${stderr}`);
      return JSON.parse(next.value) as StepReply;
    },
    finish() {
      child.stdin.end();
      return exited;
    },
  };
}
