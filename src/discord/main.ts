#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
// `npm start`: read .env, parse the config, start the bot, stop cleanly on SIGINT/SIGTERM. Any start-up
// failure is one line on stderr and exit code 1; the token is never printed.
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadBotConfig } from '../config/load-config.js';
import { CorpusError } from '../corpus/load-corpus.js';
import { createLogger } from './create-logger.js';
import { installProcessGuards } from './process-guards.js';
import { BotStartError, startBot } from './start-bot.js';
import { isShardChild, startShards } from './start-shards.js';

function describeStartError(error: unknown): string {
  if (error instanceof ConfigError || error instanceof CorpusError || error instanceof BotStartError)
    return error.message;
  return `start-up failed: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadBotConfig(process.env);
  const logger = createLogger(config.logLevel);
  installProcessGuards({ logger });
  const runsShards = config.shardCount !== undefined && !isShardChild(process.env);
  const bot = runsShards
    ? await startShards(config, fileURLToPath(import.meta.url), logger)
    : await startBot(config, { logger });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeStartError(error)}\n`);
  process.exit(1);
});
