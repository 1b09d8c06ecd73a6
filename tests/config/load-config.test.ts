import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadBotConfig, loadCorpusConfig, loadDeployConfig } from '../../src/config/load-config.js';
import { DEFAULT_READINGS_CONFIG } from '../../src/config/load-readings-config.js';
import { REPO_ROOT } from '../support/real-corpus.js';

describe('loadBotConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadBotConfig({ DISCORD_TOKEN: 'abc.def.ghi' })).toEqual({
      token: 'abc.def.ghi',
      apiUrl: undefined,
      corpusDir: './corpus',
      databasePath: './data/bot.sqlite',
      messageContentIntent: false,
      logLevel: 'info',
      shardCount: undefined,
      shardSpawnDelayMs: 5_500,
      healthPort: undefined,
      healthHost: '127.0.0.1',
      readings: DEFAULT_READINGS_CONFIG,
    });
  });

  it('treats empty values from .env.example as unset', () => {
    const config = loadBotConfig({
      DISCORD_TOKEN: 't',
      DISCORD_API_URL: '',
      CORPUS_DIR: '',
      MESSAGE_CONTENT_INTENT: '',
    });
    expect(config.apiUrl).toBeUndefined();
    expect(config.corpusDir).toBe('./corpus');
  });

  it('reads the switches and the API base', () => {
    const config = loadBotConfig({
      DISCORD_TOKEN: 't',
      DISCORD_API_URL: 'http://127.0.0.1:1234/api/',
      MESSAGE_CONTENT_INTENT: 'true',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      apiUrl: 'http://127.0.0.1:1234/api',
      messageContentIntent: true,
      logLevel: 'debug',
    });
  });

  it.each([
    [{}, 'DISCORD_TOKEN: required'],
    [{ DISCORD_TOKEN: '   ' }, 'DISCORD_TOKEN: required'],
    [{ DISCORD_TOKEN: 'has space' }, 'DISCORD_TOKEN: must not contain spaces'],
    [{ DISCORD_TOKEN: 'Bot abc.def.ghi' }, 'DISCORD_TOKEN: paste the token alone: drop the "Bot " prefix'],
    [{ DISCORD_TOKEN: 't', DISCORD_API_URL: 'ftp://x' }, 'DISCORD_API_URL: must be an http(s) URL'],
    [{ DISCORD_TOKEN: 't', LOG_LEVEL: 'loud' }, /^LOG_LEVEL: must be one of fatal, error/],
  ])('stops with one line naming the variable: %j', (env: Record<string, string>, message: string | RegExp) => {
    expect(() => loadBotConfig(env)).toThrow(message);
  });

  it('never echoes the token in an error', () => {
    const secret = 'secret token';
    expect(() => loadBotConfig({ DISCORD_TOKEN: secret })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secret) }),
    );
  });
});

describe('loadDeployConfig and loadCorpusConfig', () => {
  it('needs the application id to deploy, and checks ids are snowflakes', () => {
    expect(() => loadDeployConfig({ DISCORD_TOKEN: 't' })).toThrow('DISCORD_APPLICATION_ID: required');
    expect(() =>
      loadDeployConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_GUILD_ID: 'x' }),
    ).toThrow(/^DISCORD_GUILD_ID: must be a Discord id/);
  });

  it('lets the CLI read the corpus without any token', () => {
    expect(loadCorpusConfig({})).toEqual({ corpusDir: './corpus' });
  });
});

describe('.env.example', () => {
  const example = parseDotenv(readFileSync(join(REPO_ROOT, '.env.example')));
  const required = { DISCORD_TOKEN: 'abc.def.ghi', DISCORD_APPLICATION_ID: '123456789012345678' };

  it('lists every variable the programs read, and only those', () => {
    expect(Object.keys(example).sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('means the defaults when copied with only the Discord values filled in', () => {
    const env = { ...example, ...required };
    expect(loadBotConfig(env)).toEqual(loadBotConfig(required));
    expect(loadDeployConfig(env)).toEqual(loadDeployConfig(required));
  });

  it('means the defaults with every optional value emptied', () => {
    const emptied = Object.fromEntries(Object.keys(example).map((name) => [name, '']));
    expect(loadBotConfig({ ...emptied, ...required })).toEqual(loadBotConfig(required));
  });
});

describe('readings and import settings', () => {
  it('reads the allowlist, limits and owner server, and names a bad value', () => {
    const config = loadBotConfig({
      DISCORD_TOKEN: 't',
      IMPORT_ALLOW_HOSTS: '127.0.0.1, Wiki.Example',
      READINGS_MAX_DOCUMENTS: '3',
      DISCORD_GUILD_ID: '123456789012345678',
    });
    expect(config.readings?.fetch.allowHosts).toEqual(['127.0.0.1', 'wiki.example']);
    expect(config.readings?.limits.documentsPerServer).toBe(3);
    expect(config.readings?.ownerGuildId).toBe('123456789012345678');
    expect(() => loadBotConfig({ DISCORD_TOKEN: 't', READINGS_MAX_BYTES: 'lots' })).toThrow(
      /^READINGS_MAX_BYTES: must be a whole number from 1 to \d+$/u,
    );
  });
});

describe('numbers', () => {
  it.each(['0', '-1', '1.5', 'many', '1e3', '2000'])('names SHARD_COUNT=%s in our words', (value) => {
    expect(() => loadBotConfig({ DISCORD_TOKEN: 't', SHARD_COUNT: value })).toThrow(
      'SHARD_COUNT: must be "auto" or a whole number from 1 to 1024',
    );
  });

  it.each(['x', '-5', '60001'])('names SHARD_SPAWN_DELAY_MS=%s in our words', (value) => {
    expect(() => loadBotConfig({ DISCORD_TOKEN: 't', SHARD_SPAWN_DELAY_MS: value })).toThrow(
      'SHARD_SPAWN_DELAY_MS: must be a whole number of milliseconds from 0 to 60000',
    );
  });
});
