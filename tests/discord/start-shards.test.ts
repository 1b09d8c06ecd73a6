// Two shards through the real entry point: the manager asks the fake Discord how many shards it
// recommends (2), forks one bot process per shard, and each identifies with its own shard id.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBotConfig } from '../../src/config/load-config.js';
import { fetchRecommendedShards } from '../../src/discord/start-shards.js';
import { makeBotProcessEnv } from '../support/bot-process.js';
import { type FakeDiscord, isOriginalEdit, startFakeDiscord } from '../support/fake-discord/index.js';
import { REPO_ROOT } from '../support/real-corpus.js';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord({ token: 'shard.test-token.value', shards: 2 });
});
afterAll(async () => discord?.close());

function waitUntil(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (condition()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 20);
  });
}

describe('sharding', () => {
  it('reads the recommended shard count from the configured API, not discord.com', async () => {
    expect(await fetchRecommendedShards({ token: discord.token, apiUrl: discord.apiUrl })).toBe(2);
  });

  it('parses SHARD_COUNT as "auto" or a number, and refuses anything else naming the variable', () => {
    const base = { DISCORD_TOKEN: 't' };
    expect(loadBotConfig({ ...base, SHARD_COUNT: 'auto' }).shardCount).toBe('auto');
    expect(loadBotConfig({ ...base, SHARD_COUNT: '4' }).shardCount).toBe(4);
    expect(loadBotConfig(base).shardCount).toBeUndefined();
    expect(() => loadBotConfig({ ...base, SHARD_COUNT: 'many' })).toThrow(/^SHARD_COUNT: /);
  });

  it('starts one process per shard with SHARD_COUNT=auto, each answering, and stops them all', async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/discord/main.js')], {
      cwd: mkdtempSync(join(tmpdir(), 'bot-shards-')),
      env: makeBotProcessEnv(discord, join(mkdtempSync(join(tmpdir(), 'bot-shards-db-')), 'bot.sqlite'), {
        SHARD_COUNT: 'auto',
        SHARD_SPAWN_DELAY_MS: '200',
      }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitUntil(() => stderr.includes('"msg":"all shards ready"'), 'all shards ready');
      const shards = discord.gateway.identifies.map((identify) => identify.shard);
      expect(shards).toEqual([
        [0, 2],
        [1, 2],
      ]);
      // The last shard to connect answers a command: it is a whole bot, corpus and all.
      const interaction = discord.slashCommand('ask', { question: 'Who is Carter Page?' });
      discord.dispatch('INTERACTION_CREATE', interaction);
      const edit = await discord.waitForRequest(isOriginalEdit(interaction));
      expect(edit.body.embeds[0].author.name).toBe('Occupy Democrats');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    await waitUntil(() => !discord.gateway.connected, 'every shard to disconnect', 10_000);
    expect(stderr).not.toContain(discord.token);
  }, 60_000);
});
