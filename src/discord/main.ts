#!/usr/bin/env node
// `npm start`: read .env, parse the config, start the bot, stop cleanly on SIGINT/SIGTERM. Any start-up
// failure is one line on stderr and exit code 1; the token is never printed.
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { describeStartError } from '../config/describe-start-error.js';
import { type BotConfig, loadBotConfig } from '../config/load-config.js';
import { serveBotHealth } from '../health/serve-bot-health.js';
import { HealthServerError } from '../health/start-health-server.js';
import { createLogger } from './create-logger.js';
import { installProcessGuards } from './process-guards.js';
import { BotStartError, startBot } from './start-bot.js';
import { isShardChild, startShards } from './start-shards.js';

const USAGE = `usage: npm start [-- --help]
Runs the Discord bot until SIGINT (Ctrl-C) or SIGTERM. Reads .env (see .env.example): DISCORD_TOKEN is
required; CORPUS_DIR (default ./corpus), DATABASE_PATH (default ./data/bot.sqlite), HEALTH_PORT and the
rest are optional, and an empty value means the default. Logs are JSON lines on stderr. A bad variable
stops start-up with one line naming it. Register the commands first: npm run deploy-commands.`;

/** Set once the environment parsed, so a later connection failure can name the address it tried. */
let apiUrl: BotConfig['apiUrl'];

/**
 * discord.js's Client reads SHARD_COUNT and SHARDS from the environment itself, meaning "which shards
 * this process is", and turns the empty `SHARD_COUNT=` of .env.example into 0 and throws. Ours means
 * "run a ShardingManager", already parsed into the config; only a manager's child keeps them, where
 * the manager set them for the Client.
 */
function releaseShardVariables(env: NodeJS.ProcessEnv): void {
  if (isShardChild(env)) return;
  delete env.SHARD_COUNT;
  delete env.SHARDS;
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.length > 0) {
    if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    throw new UsageError(`unknown argument '${argv[0]}': npm start takes none but --help`);
  }
  loadDotenv({ quiet: true });
  const config = loadBotConfig(process.env);
  apiUrl = config.apiUrl;
  releaseShardVariables(process.env);
  const logger = createLogger(config.logLevel);
  installProcessGuards({ logger });
  const runsShards = config.shardCount !== undefined && !isShardChild(process.env);
  if (runsShards) {
    const shards = await startShards(config, fileURLToPath(import.meta.url), logger);
    stopOnSignals(logger, () => shards.stop());
    return;
  }
  const bot = await startBot(config, { logger });
  let health: Awaited<ReturnType<typeof serveBotHealth>> | undefined;
  if (config.healthPort !== undefined) {
    // Each shard process of a ShardingManager serves its own: shard N on HEALTH_PORT + N.
    const port = config.healthPort + (isShardChild(process.env) ? Number(process.env.SHARDS ?? 0) : 0);
    try {
      health = await serveBotHealth(bot, { host: config.healthHost ?? '127.0.0.1', port });
    } catch (error) {
      await bot.stop();
      throw error;
    }
    logger.info({ url: health.url }, 'health server listening');
  }
  stopOnSignals(logger, async () => {
    await health?.close();
    await bot.stop();
  });
}

function stopOnSignals(logger: ReturnType<typeof createLogger>, stopAll: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopAll().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const line =
    error instanceof BotStartError || error instanceof HealthServerError
      ? error.message
      : describeStartError(error, { apiUrl, action: 'start-up' });
  process.stderr.write(`${line}\n`);
  process.exit(1);
});
