// Issue 14 item 12: an INTERACTION_CREATE that discord.js itself throws on (inside its gateway handler,
// where no command code can catch it) used to kill the process. The last-resort handler logs it and the
// bot goes on answering.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBotProcessEnv } from '../support/bot-process.js';
import { type FakeDiscord, isOriginalEdit, startFakeDiscord } from '../support/fake-discord/index.js';
import { REPO_ROOT } from '../support/real-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'bot-malformed-'));
let discord: FakeDiscord;
let child: ChildProcess;
let stderr = '';
let exitCode: number | null | undefined;

beforeAll(async () => {
  discord = await startFakeDiscord();
  child = spawn(process.execPath, [join(REPO_ROOT, 'dist/discord/main.js')], {
    cwd: dir,
    env: makeBotProcessEnv(discord, join(dir, 'bot.sqlite')),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.on('exit', (code) => {
    exitCode = code;
  });
  const deadline = Date.now() + 15_000;
  while (!stderr.includes('"msg":"bot ready"')) {
    if (Date.now() > deadline || exitCode !== undefined) throw new Error(`bot did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await discord?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a malformed INTERACTION_CREATE', () => {
  it('is logged as an unhandled error, and the next question is still answered', async () => {
    const broken = { ...discord.slashCommand('ask', { question: 'Who is Carter Page?' }), data: null };
    discord.dispatch('INTERACTION_CREATE', broken);
    const deadline = Date.now() + 5000;
    while (!stderr.includes('still serving') && exitCode === undefined && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(exitCode, stderr).toBeUndefined();
    // discord.js's async event emitter turns the throw into a rejection nothing awaits.
    expect(stderr).toMatch(/"msg":"(uncaught exception|unhandled rejection): logged, still serving"/);
    expect(stderr).toContain("Cannot read properties of null (reading 'type')");

    const good = discord.slashCommand('ask', { question: 'Who is Carter Page?' });
    discord.dispatch('INTERACTION_CREATE', good);
    const edit = await discord.waitForRequest(isOriginalEdit(good));
    expect(edit.body.embeds[0].author.name).toBe('Occupy Democrats');
    expect(exitCode).toBeUndefined();
  });
});
