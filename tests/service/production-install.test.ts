// The production install README gives: build with the dev dependencies, then drop them
// (`npm prune --omit=dev`), or ship a built dist/ and `npm ci --omit=dev` it. Either way the host runs
// the CLI and the bot with no TypeScript, vitest or lab packages installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, isOriginalEdit, startFakeDiscord } from '../support/fake-discord/index.js';
import { REPO_ROOT } from '../support/real-corpus.js';
import { killRunning, makeWorkingCopy, runNpm, waitForStderr, writeEnvFromExample } from '../support/working-copy.js';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean }>;
};
/** What the lockfile marks as needed only for development (some dev dependencies, like ws, are also runtime ones). */
const devOnly = Object.entries(lock.packages)
  .filter(([path, entry]) => entry.dev === true && path.startsWith('node_modules/'))
  .map(([path]) => path);

/** `npm ci --omit=dev` compiles better-sqlite3 from source where no prebuilt binary can be fetched. */
const runFullInstall = process.env.PRODUCTION_INSTALL_FULL === '1';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord({ token: 'production.fake-token.value' });
});
afterAll(async () => {
  killRunning();
  await discord?.close();
});

function expectRuntimeOnly(dir: string): void {
  expect(devOnly).toContain('node_modules/typescript');
  expect(devOnly.filter((path) => existsSync(join(dir, path)))).toEqual([]);
  for (const name of Object.keys(manifest.dependencies)) expect(existsSync(join(dir, 'node_modules', name))).toBe(true);
}

async function expectServes(dir: string): Promise<void> {
  const ask = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json', 'Who is Carter Page?'], {
    cwd: dir,
    encoding: 'utf8',
  });
  expect(ask.status, ask.stderr).toBe(0);
  expect(JSON.parse(ask.stdout).results[0].outlet).toBe('Occupy Democrats');

  writeEnvFromExample(dir, { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl });
  const bot = runNpm(dir, ['start']);
  await waitForStderr(bot, '"msg":"bot ready"');
  const interaction = discord.slashCommand('ask', { question: 'Who is Carter Page?' });
  discord.dispatch('INTERACTION_CREATE', interaction);
  const edit = await discord.waitForRequest(isOriginalEdit(interaction));
  expect(edit.body.embeds[0].author.name).toBe('Occupy Democrats');
  bot.child.kill('SIGTERM');
  expect(await bot.exited, bot.stderr()).toBe(0);
}

describe('production install', () => {
  it('npm prune --omit=dev after the build leaves only runtime packages, and the CLI and bot run', async () => {
    const dir = makeWorkingCopy('prod-prune-', { modules: 'copy' });
    const prune = spawnSync('npm', ['prune', '--omit=dev', '--offline'], { cwd: dir, encoding: 'utf8' });
    expect(prune.status, prune.stderr).toBe(0);
    expectRuntimeOnly(dir);
    await expectServes(dir);
  }, 120_000);

  it('prepare keeps the built dist/ without TypeScript, and says what to run when there is none', () => {
    const dir = makeWorkingCopy('prod-prepare-', { withoutPackages: ['typescript'] });
    const kept = spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(kept.status).toBe(0);
    expect(kept.stderr).toBe('prepare: no TypeScript here (production install): using the dist/ built before\n');

    renameSync(join(dir, 'dist'), join(dir, 'dist-elsewhere'));
    const missing = spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^prepare: dist\/ is missing .*npm ci && npm run build.*npm ci --omit=dev\n$/);
  });

  const fullReason = runFullInstall ? '' : ' (SKIPPED: about 5 minutes on 2 cores; PRODUCTION_INSTALL_FULL=1 runs it)';
  it.skipIf(!runFullInstall)(
    `npm ci --omit=dev installs a built copy from scratch${fullReason}`,
    async () => {
      const dir = makeWorkingCopy('prod-ci-', { modules: 'none' });
      const install = spawnSync('npm', ['ci', '--omit=dev', '--prefer-offline'], { cwd: dir, encoding: 'utf8' });
      expect(install.status, install.stderr).toBe(0);
      expectRuntimeOnly(dir);
      await expectServes(dir);
    },
    900_000,
  );
});
