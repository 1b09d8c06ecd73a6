// The built entry points run as a user runs them: `npm start` (dist/discord/main.js) and
// `npm run deploy-commands` (dist/discord/deploy-commands.js), against the fake Discord.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, isOriginalEdit, startFakeDiscord } from '../support/fake-discord/index.js';
import { CORPUS_DIR, REPO_ROOT } from '../support/real-corpus.js';

// An empty working directory, so a developer's own .env is never read by these runs.
const cwd = mkdtempSync(join(tmpdir(), 'bot-entry-'));

interface Run {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

function runEntry(file: string, env: Record<string, string>, args: readonly string[] = []): Run {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/discord', file), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

/** The human-readable lines of stderr: the JSON log lines (written by pino, in any order) left out. */
function reasonLines(run: Run): string[] {
  return run
    .stderr()
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('{'));
}

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord({ token: 'fake.secret-token.value' });
});
afterAll(async () => discord?.close());

describe('npm start', () => {
  it('stops with one line naming a missing variable', async () => {
    const run = runEntry('main.js', { CORPUS_DIR });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('DISCORD_TOKEN: required\n');
  });

  it('stops with one line naming a malformed variable, without printing the token', async () => {
    const run = runEntry('main.js', { DISCORD_TOKEN: discord.token, MESSAGE_CONTENT_INTENT: 'maybe' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('MESSAGE_CONTENT_INTENT: must be true or false\n');
  });

  it('names DISCORD_TOKEN when Discord rejects it, and never prints it', async () => {
    const token = 'wrong.token-value.here';
    const run = runEntry('main.js', { DISCORD_TOKEN: token, DISCORD_API_URL: discord.apiUrl, CORPUS_DIR });
    expect(await run.exited).toBe(1);
    expect(reasonLines(run)).toEqual([expect.stringMatching(/^DISCORD_TOKEN: Discord rejected the token/)]);
    expect(run.stderr()).not.toContain(token);
  });

  it('names DISCORD_API_URL when nothing answers there', async () => {
    const closedPort = 'http://127.0.0.1:9/api';
    const run = runEntry('main.js', { DISCORD_TOKEN: discord.token, DISCORD_API_URL: closedPort, CORPUS_DIR });
    expect(await run.exited).toBe(1);
    expect(reasonLines(run)).toEqual([`DISCORD_API_URL: cannot reach ${closedPort} (ECONNREFUSED)`]);
  });

  it('names CORPUS_DIR when the folder is missing', async () => {
    const run = runEntry('main.js', { DISCORD_TOKEN: discord.token, CORPUS_DIR: join(cwd, 'no-such-corpus') });
    expect(await run.exited).toBe(1);
    expect(reasonLines(run)).toEqual(['CORPUS_DIR: no-such-corpus: cannot read (ENOENT)']);
  });

  it('names MESSAGE_CONTENT_INTENT when Discord refuses the privileged intent', async () => {
    const strict = await startFakeDiscord({ token: discord.token, allowPrivilegedIntents: false });
    try {
      const run = runEntry('main.js', {
        DISCORD_TOKEN: strict.token,
        DISCORD_API_URL: strict.apiUrl,
        CORPUS_DIR,
        MESSAGE_CONTENT_INTENT: 'on',
      });
      expect(await run.exited).toBe(1);
      expect(reasonLines(run)).toEqual([expect.stringMatching(/^MESSAGE_CONTENT_INTENT: the Message Content intent/)]);
    } finally {
      await strict.close();
    }
  });

  it('logs in, answers /ask, asks for Message Content only when switched on, and stops cleanly on SIGTERM', async () => {
    const run = runEntry('main.js', {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      CORPUS_DIR,
      MESSAGE_CONTENT_INTENT: 'true',
    });
    await discord.gateway.waitForIdentify();
    expect(discord.gateway.identifies.at(-1)?.intents).toBe(1 | 512 | 32768);
    // Dispatch only once the bot says it is ready: the event, not a sleep.
    const i = discord.slashCommand('ask', { question: 'Who is Carter Page?' });
    await waitForLog(run, '"msg":"bot ready"');
    discord.dispatch('INTERACTION_CREATE', i);
    const edit = await discord.waitForRequest(isOriginalEdit(i));
    expect(edit.body.embeds[0].author.name).toBe('Occupy Democrats');

    const closed = discord.gateway.waitForClose();
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await closed;
    expect(run.stderr()).not.toContain(discord.token);
    expect(run.stderr()).toContain('"msg":"bot stopped"');
  });
});

describe('npm start with HEALTH_PORT', () => {
  it('serves /readyz and /metrics on 127.0.0.1 once ready, and stops serving on SIGTERM', async () => {
    const port = await findFreePort();
    const run = runEntry('main.js', {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      CORPUS_DIR,
      DATABASE_PATH: join(cwd, 'health.sqlite'),
      HEALTH_PORT: String(port),
    });
    await waitForLog(run, '"msg":"health server listening"');
    expect(run.stderr()).toContain(`"url":"http://127.0.0.1:${port}"`);
    const readyz = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(readyz.status).toBe(200);
    expect(await readyz.json()).toMatchObject({ ready: true, database: { state: 'writable' } });
    expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toMatch(/^bot_corpus_documents 2$/m);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('names HEALTH_PORT when the port is taken, and stops', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const run = runEntry('main.js', {
        DISCORD_TOKEN: discord.token,
        DISCORD_API_URL: discord.apiUrl,
        CORPUS_DIR,
        DATABASE_PATH: join(cwd, 'health-taken.sqlite'),
        HEALTH_PORT: String(port),
      });
      expect(await run.exited).toBe(1);
      expect(reasonLines(run)).toEqual([`HEALTH_PORT: 127.0.0.1:${port} is already in use`]);
    } finally {
      taken.close();
    }
  });
});

async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function waitForLog(run: Run, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (run.stderr().includes(text)) {
        run.child.stderr?.off('data', check);
        resolve();
      }
    };
    run.child.stderr?.on('data', check);
    run.exited.then(() => reject(new Error(`exited before logging ${text}: ${run.stderr()}`)));
    check();
  });
}

describe('npm run deploy-commands', () => {
  const expectedNames = [
    'ask',
    'compare',
    'sources',
    'quote',
    'Find sources',
    'settings',
    'history',
    'feedback',
    'forget-me',
    'quiz',
    'study',
    'corpus',
    'readings',
  ];

  it('registers every command in one bulk PUT to the guild when DISCORD_GUILD_ID is set', async () => {
    const guildId = '123456789012345678';
    const run = runEntry('deploy-commands.js', {
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(await run.exited).toBe(0);
    const put = await discord.waitForRequest(
      (r) => r.method === 'PUT' && r.path === `/applications/${discord.applicationId}/guilds/${guildId}/commands`,
    );
    expect(put.headers.authorization).toBe(`Bot ${discord.token}`);
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(expectedNames);
    // Moderator commands are hidden from members by default (Manage Server = 0x20); the bot checks again.
    const gated = put.body.filter(
      (c: { default_member_permissions?: string | null }) => c.default_member_permissions === '32',
    );
    expect(gated.map((c: { name: string }) => c.name)).toEqual([
      'settings',
      'history',
      'feedback',
      'corpus',
      'readings',
    ]);
    const ask = put.body.find((c: { name: string }) => c.name === 'ask');
    expect(ask.options.map((o: { name: string }) => o.name)).toEqual(['question', 'outlet', 'count', 'private']);
    expect(ask.options[1].autocomplete).toBe(true);
    expect(put.body.find((c: { name: string }) => c.name === 'Find sources').type).toBe(3);
    expect(run.stderr()).toBe(`registered ${expectedNames.length} commands (guild ${guildId})\n`);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const run = runEntry('deploy-commands.js', {
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(await run.exited).toBe(0);
    const put = await discord.waitForRequest(
      (r) => r.method === 'PUT' && r.path === `/applications/${discord.applicationId}/commands`,
    );
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(expectedNames);
  });

  it('names DISCORD_TOKEN when Discord rejects it', async () => {
    const run = runEntry('deploy-commands.js', {
      DISCORD_TOKEN: 'wrong.token-value.here',
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/^DISCORD_TOKEN: Discord rejected the token .*\n$/);
    expect(run.stderr()).not.toContain('wrong.token-value.here');
  });

  it('--clear-guild removes the guild copies; with --global it goes global first', async () => {
    const guildId = '223456789012345678';
    const env = {
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_URL: discord.apiUrl,
    };
    const guildRoute = `/applications/${discord.applicationId}/guilds/${guildId}/commands`;
    const globalRoute = `/applications/${discord.applicationId}/commands`;
    const puts = () => discord.requests.filter((r) => r.method === 'PUT' && [guildRoute, globalRoute].includes(r.path));
    const before = puts().length;

    const clear = runEntry('deploy-commands.js', env, ['--clear-guild']);
    expect(await clear.exited).toBe(0);
    expect(
      puts()
        .slice(before)
        .map((r) => [r.path, r.body.length]),
    ).toEqual([[guildRoute, 0]]);
    expect(clear.stderr()).toBe(`removed the commands registered to guild ${guildId}\n`);

    const both = runEntry('deploy-commands.js', env, ['--global', '--clear-guild']);
    expect(await both.exited).toBe(0);
    expect(
      puts()
        .slice(before + 1)
        .map((r) => [r.path, r.body.length]),
    ).toEqual([
      [globalRoute, expectedNames.length],
      [guildRoute, 0],
    ]);
  });

  it('--clear-guild names DISCORD_GUILD_ID when it is not set, and deploys nothing', async () => {
    const before = discord.requests.length;
    const run = runEntry(
      'deploy-commands.js',
      { DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl },
      ['--clear-guild'],
    );
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('DISCORD_GUILD_ID: required for --clear-guild (the server whose copies to remove)\n');
    expect(discord.requests.length).toBe(before);
  });

  it('refuses an unknown option with exit code 2', async () => {
    const run = runEntry('deploy-commands.js', { DISCORD_TOKEN: discord.token }, ['--guild']);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toMatch(/^Unknown option '--guild'.*\(see --help\)\n$/);
  });

  it('names a missing application id', async () => {
    const run = runEntry('deploy-commands.js', { DISCORD_TOKEN: discord.token });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('DISCORD_APPLICATION_ID: required\n');
  });
});
