// Starts the real bot (startBot, the code main.ts runs) against a fresh fake Discord, with logs captured.
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

export async function startHarness(
  overrides: Partial<BotConfig> = {},
  options: Omit<StartBotOptions, 'logger'> = {},
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
    databasePath: ':memory:',
    messageContentIntent: false,
    logLevel: 'info',
    ...overrides,
  };
  const bot = await startBot(config, { logger, ...options });
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
