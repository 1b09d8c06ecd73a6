// Many servers: Discord requires sharding from 2,500 guilds. With SHARD_COUNT set, `npm start` becomes a
// discord.js ShardingManager that forks this same entry point once per shard; each child sees
// SHARDING_MANAGER in its environment, runs the ordinary bot, and discord.js gives its Client the
// shard id and count. Every shard loads the corpus itself (see docs/scaling.md for the memory cost).
import { ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../config/load-config.js';
import { BotStartError } from './start-bot.js';

const DISCORD_API = 'https://discord.com/api';
/** Discord allows one identify per 5 s per concurrency bucket; a little margin on top. */
const DEFAULT_SPAWN_DELAY_MS = 5_500;

/** True in a child that a ShardingManager started: it must run the bot, not another manager. */
export function isShardChild(env: NodeJS.ProcessEnv): boolean {
  return env.SHARDING_MANAGER !== undefined;
}

/**
 * Discord's recommended shard count from `GET /gateway/bot`. discord.js has fetchRecommendedShardCount,
 * but it always asks discord.com; this one honours DISCORD_API_URL like the rest of the bot.
 */
export async function fetchRecommendedShards(config: Pick<BotConfig, 'token' | 'apiUrl'>): Promise<number> {
  const response = await fetch(`${config.apiUrl ?? DISCORD_API}/v10/gateway/bot`, {
    headers: { Authorization: `Bot ${config.token}` },
  });
  if (response.status === 401) throw new BotStartError('DISCORD_TOKEN: Discord rejected the token');
  if (!response.ok)
    throw new BotStartError(`SHARD_COUNT: could not ask Discord for a shard count (HTTP ${response.status})`);
  const body = (await response.json()) as { shards?: unknown };
  return typeof body.shards === 'number' && body.shards >= 1 ? body.shards : 1;
}

export interface ShardsHandle {
  readonly totalShards: number;
  stop(): Promise<void>;
}

export async function startShards(config: BotConfig, entryFile: string, logger: Logger): Promise<ShardsHandle> {
  const totalShards = config.shardCount === 'auto' ? await fetchRecommendedShards(config) : (config.shardCount ?? 1);
  const manager = new ShardingManager(entryFile, { totalShards, token: config.token, respawn: true, mode: 'process' });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, 'shard starting');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });
  await manager.spawn({
    amount: totalShards,
    delay: config.shardSpawnDelayMs ?? DEFAULT_SPAWN_DELAY_MS,
    timeout: 60_000,
  });
  logger.info({ totalShards }, 'all shards ready');
  return {
    totalShards,
    async stop() {
      // Shard.kill() detaches the respawn listener first, so stopping never restarts a shard.
      for (const shard of manager.shards.values()) shard.kill();
    },
  };
}
