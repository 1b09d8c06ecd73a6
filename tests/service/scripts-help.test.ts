// The product's scripts, run through npm as a person runs them: `-- --help` prints usage on stdout, exits
// 0 and does nothing else (no login, no deploy, no database), and `npm start` / `deploy-commands` /
// `ask` never run a dist/ older than src/.
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';
import { killRunning, makeWorkingCopy, runNpm, writeEnvFromExample } from '../support/working-copy.js';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord({ token: 'help.fake-token.value' });
});
afterAll(async () => {
  killRunning();
  await discord?.close();
});

/** A working copy with a complete .env, so that anything but printing usage would reach the fake. */
function makeConfiguredCopy(prefix: string, options: Parameters<typeof makeWorkingCopy>[1] = {}): string {
  const dir = makeWorkingCopy(prefix, options);
  writeEnvFromExample(dir, {
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_URL: discord.apiUrl,
  });
  return dir;
}

describe('--help', () => {
  // Concurrent: each runs in its own working copy, and none may reach the fake at all.
  it.concurrent.each([
    ['start', /^usage: npm start/m],
    ['deploy-commands', /^usage: npm run deploy-commands -- \[--global\] \[--clear-guild\]/m],
    ['ask', /^usage: npm run ask -- /m],
    ['backup', /^usage: npm run backup -- PATH/m],
    ['restore', /^usage: npm run restore -- BACKUP/m],
  ])('npm run %s -- --help prints usage and does nothing else', async (script, usage) => {
    const dir = makeConfiguredCopy(`help-${script}-`);
    const before = discord.requests.length;
    const run = runNpm(dir, ['run', '--silent', script, '--', '--help']);
    expect(await run.exited, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(usage);
    expect(run.stderr()).toBe('');
    expect(discord.requests.length).toBe(before);
    expect(discord.gateway.identifies.length).toBe(0);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('refuses an unknown argument to npm start with exit code 2, naming it', async () => {
    const dir = makeConfiguredCopy('help-unknown-');
    const run = runNpm(dir, ['run', '--silent', 'start', '--', '--verbose']);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toBe("unknown argument '--verbose': npm start takes none but --help\n");
    expect(discord.gateway.identifies.length).toBe(0);
  });
});

describe('a dist/ older than src/', () => {
  it('is rebuilt before npm start runs, so the edited source is what runs', async () => {
    const dir = makeConfiguredCopy('stale-build-');
    const main = join(dir, 'src/discord/main.ts');
    writeFileSync(main, readFileSync(main, 'utf8').replace('usage: npm start', 'usage (edited): npm start'));
    const run = runNpm(dir, ['run', '--silent', 'start', '--', '--help']);
    expect(await run.exited, run.stderr()).toBe(0);
    expect(run.stderr()).toMatch(/^dist\/ is older than src\/ \(src\/discord\/main\.ts\): building first/);
    expect(run.stdout()).toMatch(/^usage \(edited\): npm start/m);
  }, 120_000);

  it('stops with "run npm run build" where TypeScript is not installed', async () => {
    const dir = makeConfiguredCopy('stale-prod-', { withoutPackages: ['typescript'] });
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'src/core/answer/answer-question.ts'), future, future);
    const run = runNpm(dir, ['run', '--silent', 'deploy-commands']);
    expect(await run.exited).not.toBe(0);
    expect(run.stderr()).toMatch(
      /^dist\/ is older than src\/ \(src\/core\/answer\/answer-question\.ts\): run npm run build/,
    );
    expect(discord.requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
