// Starts the real bot (startBot, the code main.ts runs) against a fresh fake Discord, with logs captured.
// The database is a real SQLite file in a fresh temp folder unless the test names one, and the harness
// refuses to start a bot whose store is unavailable unless the test says that is what it is testing: a
// test must never pass only because the store silently fell back to defaults.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { BotConfig } from '../../src/config/load-config.js';
import { type BotHandle, type StartBotOptions, startBot } from '../../src/discord/start-bot.js';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/index.js';
import { CORPUS_DIR } from './real-corpus.js';

export interface Harness {
  readonly discord: FakeDiscord;
  readonly bot: BotHandle;
  readonly logs: Array<Record<string, unknown>>;
  readonly rawLogs: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** The test is about a broken database: start even though the store is unavailable. */
  readonly storeUnavailable?: boolean;
}

/** A fresh database file for one bot (its folder is created by the store). */
export function makeDatabasePath(prefix = 'bot-harness-'): string {
  return join(mkdtempSync(join(tmpdir(), prefix)), 'data', 'bot.sqlite');
}

export async function startHarness(
  overrides: Partial<BotConfig> = {},
  options: Omit<StartBotOptions, 'logger'> = {},
  harnessOptions: HarnessOptions = {},
): Promise<Harness> {
  const discord = await startFakeDiscord();
  const rawLogs: string[] = [];
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'info' },
    {
      write(line: string) {
        rawLogs.push(line);
        logs.push(JSON.parse(line));
      },
    },
  );
  const config: BotConfig = {
    token: discord.token,
    apiUrl: discord.apiUrl,
    corpusDir: CORPUS_DIR,
    databasePath: makeDatabasePath(),
    messageContentIntent: false,
    logLevel: 'info',
    ...overrides,
  };
  const bot = await startBot(config, { logger, ...options });
  const status = bot.context.store.status();
  if ((status.kind === 'ready') === (harnessOptions.storeUnavailable === true)) {
    await bot.stop();
    await discord.close();
    const why = status.kind === 'ready' ? 'the store opened' : status.failure.message;
    throw new Error(`harness: store is ${status.kind} (${why}), the test expected otherwise`);
  }
  return {
    discord,
    bot,
    logs,
    rawLogs,
    async stop() {
      await bot.stop();
      await discord.close();
    },
  };
}
