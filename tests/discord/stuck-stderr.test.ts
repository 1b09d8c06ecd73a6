// Issue 14 item 11: SIGTERM must end the bot within a few seconds even when nobody reads its stderr and
// Discord has gone away. stderr is a FIFO the test stops reading and fills to the brim; with pino's old
// synchronous destination the bot retried the full pipe forever and never ran its SIGTERM handler.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBotProcessEnv } from '../support/bot-process.js';
import { startFakeDiscord } from '../support/fake-discord/index.js';
import { REPO_ROOT } from '../support/real-corpus.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads what is in the FIFO now (non-blocking read end) until `text` has been seen. */
async function readUntil(readFd: number, text: string, timeoutMs: number): Promise<string> {
  let seen = '';
  const buffer = Buffer.alloc(65536);
  const deadline = Date.now() + timeoutMs;
  while (!seen.includes(text)) {
    if (Date.now() > deadline) throw new Error(`never logged ${text}: ${seen}`);
    try {
      const n = readSync(readFd, buffer);
      seen += buffer.subarray(0, n).toString();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      await sleep(50);
    }
  }
  return seen;
}

/** Fills the pipe until it takes no more: from here on, every write the bot makes would wait. */
function fillPipe(writeFd: number, blocking: boolean, fifo: string): void {
  if (!blocking) {
    const chunk = Buffer.alloc(4096, 'x');
    for (;;) {
      try {
        writeSync(writeFd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return;
        throw error;
      }
    }
  }
  // A blocking pipe: a helper process writes 1 MiB into it and stays stuck once it is full.
  const filler = spawn(process.execPath, ['-e', `require('fs').writeSync(1, Buffer.alloc(1 << 20, 120))`], {
    stdio: ['ignore', writeFd, 'ignore'],
  });
  cleanups.push(() => filler.kill('SIGKILL'));
  execFileSync('sleep', ['0.5']);
  void fifo;
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

describe.each([
  ['non-blocking', false],
  ['blocking', true],
])('SIGTERM with a %s stderr nobody reads and Discord gone', (_name, blocking) => {
  it('ends the bot within a few seconds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-stuck-stderr-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const fifo = join(dir, 'stderr.fifo');
    execFileSync('mkfifo', [fifo]);
    const readFd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeFd = openSync(fifo, blocking ? constants.O_WRONLY : constants.O_WRONLY | constants.O_NONBLOCK);
    cleanups.push(() => closeSync(readFd));
    cleanups.push(() => closeSync(writeFd));
    const discord = await startFakeDiscord();
    let discordClosed = false;
    cleanups.push(() => {
      if (!discordClosed) void discord.close();
    });
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/discord/main.js')], {
      cwd: dir,
      env: makeBotProcessEnv(discord, join(dir, 'bot.sqlite')),
      stdio: ['ignore', 'ignore', writeFd],
    });
    cleanups.push(() => child.kill('SIGKILL'));
    const exited = exitOf(child);
    await readUntil(readFd, '"msg":"bot ready"', 15_000);

    fillPipe(writeFd, blocking, fifo);
    await discord.close();
    discordClosed = true;
    await sleep(500);
    const started = Date.now();
    child.kill('SIGTERM');
    const outcome = await Promise.race([exited, sleep(12_000).then(() => null)]);
    const took = Date.now() - started;
    expect(outcome, 'still running 12 s after SIGTERM').not.toBeNull();
    expect(took).toBeLessThan(8000);
  }, 40_000);
});
