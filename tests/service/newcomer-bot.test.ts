// The path README gives a newcomer, taken literally: `cp .env.example .env`, fill in only the Discord
// values, `npm run deploy-commands`, `npm start`. Every other line of the example stays as shipped, so an
// empty optional variable in it (SHARD_COUNT=, SHARD_SPAWN_DELAY_MS=, ...) has to mean its default.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, isOriginalEdit, startFakeDiscord } from '../support/fake-discord/index.js';
import { killRunning, makeWorkingCopy, runNpm, waitForStderr, writeEnvFromExample } from '../support/working-copy.js';

let discord: FakeDiscord;
let dir: string;
beforeAll(async () => {
  discord = await startFakeDiscord({ token: 'newcomer.fake-token.value' });
  dir = makeWorkingCopy('newcomer-');
});
afterAll(async () => {
  killRunning();
  await discord?.close();
});

describe('a .env made from .env.example', () => {
  it('deploys the commands and starts a bot that answers /ask, then stops on SIGTERM', async () => {
    const env = writeEnvFromExample(dir, {
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: discord.guildId,
      DISCORD_API_URL: discord.apiUrl,
    });
    // The example really does leave optional variables empty: otherwise this proves nothing.
    expect(env).toMatch(/^SHARD_COUNT=$/m);

    const deploy = runNpm(dir, ['run', 'deploy-commands']);
    expect(await deploy.exited, deploy.stderr()).toBe(0);
    expect(deploy.stderr()).toContain(`commands (guild ${discord.guildId})`);
    const put = discord.requests.find(
      (r) =>
        r.method === 'PUT' && r.path === `/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`,
    );
    expect(put?.body.map((c: { name: string }) => c.name)).toContain('ask');

    const bot = runNpm(dir, ['start']);
    await waitForStderr(bot, '"msg":"bot ready"');
    // One process, not a ShardingManager: the empty SHARD_COUNT= asked for none.
    expect(discord.gateway.identifies.at(-1)?.shard ?? [0, 1]).toEqual([0, 1]);
    const ask = discord.slashCommand('ask', { question: 'Who is Carter Page?' });
    discord.dispatch('INTERACTION_CREATE', ask);
    const edit = await discord.waitForRequest(isOriginalEdit(ask));
    expect(edit.body.embeds[0].author.name).toBe('Occupy Democrats');
    // DATABASE_PATH=./data/bot.sqlite from the example, inside the working copy.
    expect(existsSync(join(dir, 'data/bot.sqlite'))).toBe(true);

    const closed = discord.gateway.waitForClose();
    bot.child.kill('SIGTERM');
    expect(await bot.exited, bot.stderr()).toBe(0);
    await closed;
    expect(bot.stderr()).toContain('"msg":"bot stopped"');
    expect(bot.stdout() + bot.stderr()).not.toContain(discord.token);
  });
});
