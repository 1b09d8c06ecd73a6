// Configuration, parsed once from the environment with zod (docs/contract.md section 3). Split in
// layers so each program asks only for what it uses: the CLI needs no token, deploying needs the
// application id, the bot needs the token. Errors name the variable and never echo its value.
import { z } from 'zod';
import {
  loadReadingsConfig,
  READINGS_VARIABLES,
  type ReadingsConfig,
  ReadingsConfigError,
} from './load-readings-config.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Environment = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings count as unset: `.env.example` lists every variable with an empty value. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
const token = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  // The Authorization header is `Bot <token>`; discord.js adds the prefix itself.
  .refine((value) => !/^Bot\s/i.test(value), 'paste the token alone: drop the "Bot " prefix')
  .regex(/^\S+$/, 'must not contain spaces');
const apiUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((u) => u.replace(/\/+$/, ''));
const switchValue = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** A decimal whole number in [min, max], with one message of ours for every way it can be wrong. */
function wholeNumber(min: number, max: number, message = `must be a whole number from ${min} to ${max}`) {
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
}

const SHARD_COUNT_MESSAGE = 'must be "auto" or a whole number from 1 to 1024';

const corpusShape = {
  CORPUS_DIR: optional(z.string()).default('./corpus'),
};

const databaseShape = {
  DATABASE_PATH: optional(z.string()).default('./data/bot.sqlite'),
};

const botShape = {
  ...corpusShape,
  ...databaseShape,
  DISCORD_TOKEN: token,
  DISCORD_API_URL: optional(apiUrl),
  MESSAGE_CONTENT_INTENT: optional(switchValue).default(false),
  SHARD_COUNT: optional(
    z.union([z.literal('auto'), wholeNumber(1, 1024, SHARD_COUNT_MESSAGE)], { error: SHARD_COUNT_MESSAGE }),
  ),
  SHARD_SPAWN_DELAY_MS: optional(
    wholeNumber(0, 60_000, 'must be a whole number of milliseconds from 0 to 60000'),
  ).default(5_500),
  HEALTH_PORT: optional(wholeNumber(0, 65_535, 'must be a port number from 0 to 65535')),
  HEALTH_HOST: optional(
    z
      .string()
      .trim()
      .regex(/^[\w.:-]+$/, 'must be a host name or IP address'),
  ).default('127.0.0.1'),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })).default('info'),
};

const deployShape = {
  DISCORD_TOKEN: token,
  DISCORD_APPLICATION_ID: z.string({ error: 'required' }).pipe(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(apiUrl),
};

/**
 * Read where it is used, by the CLI as well as the bot: the word-vector file (src/lexicon/load-word-vectors.ts),
 * which needs no validation beyond the loader's own (a missing or damaged file is one stderr line).
 */
const LEXICON_VARIABLES = ['WORD_VECTORS_FILE'] as const;

/** Every variable the programs read: .env.example must list each one (a test checks). */
export const CONFIG_VARIABLES: readonly string[] = [
  ...new Set([...Object.keys(botShape), ...Object.keys(deployShape), ...READINGS_VARIABLES, ...LEXICON_VARIABLES]),
];

export interface CorpusConfig {
  readonly corpusDir: string;
}

export interface BotConfig extends CorpusConfig {
  readonly token: string;
  /** REST base such as `https://discord.com/api`; undefined means discord.js's default. */
  readonly apiUrl: string | undefined;
  readonly databasePath: string;
  /** Ask for the privileged Message Content intent. Mentions work without it. */
  readonly messageContentIntent: boolean;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Run one process per shard under discord.js's ShardingManager: 'auto' asks Discord how many. */
  readonly shardCount?: 'auto' | number | undefined;
  /** Pause between starting shards: Discord lets a bot identify once per 5 s per concurrency bucket. */
  readonly shardSpawnDelayMs?: number | undefined;
  /** Imports, per-server readings limits and the owner's server; defaults when absent. */
  readonly readings?: ReadingsConfig | undefined;
  /** Serve /healthz, /readyz and /metrics on this port; undefined: no health server. */
  readonly healthPort?: number | undefined;
  /** Where the health server listens: 127.0.0.1 unless set, since anyone who reaches it can read it. */
  readonly healthHost?: string | undefined;
}

export interface DeployConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string | undefined;
  readonly apiUrl: string | undefined;
}

function parse<T extends z.ZodRawShape>(shape: T, env: Environment): z.infer<z.ZodObject<T>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  // The first problem only: one line, naming the variable. zod messages never include the value here.
  throw new ConfigError(`${variable}: ${issue?.message ?? 'invalid'}`);
}

export function loadCorpusConfig(env: Environment): CorpusConfig {
  return { corpusDir: parse(corpusShape, env).CORPUS_DIR };
}

/** For backup and restore: only where the database is. */
export function loadDatabaseConfig(env: Environment): { readonly databasePath: string } {
  return { databasePath: parse(databaseShape, env).DATABASE_PATH };
}

export function loadBotConfig(env: Environment): BotConfig {
  const parsed = parse(botShape, env);
  return {
    corpusDir: parsed.CORPUS_DIR,
    token: parsed.DISCORD_TOKEN,
    apiUrl: parsed.DISCORD_API_URL,
    databasePath: parsed.DATABASE_PATH,
    messageContentIntent: parsed.MESSAGE_CONTENT_INTENT,
    logLevel: parsed.LOG_LEVEL,
    shardCount: parsed.SHARD_COUNT,
    shardSpawnDelayMs: parsed.SHARD_SPAWN_DELAY_MS,
    readings: loadReadings(env),
    healthPort: parsed.HEALTH_PORT,
    healthHost: parsed.HEALTH_HOST,
  };
}

function loadReadings(env: Environment): ReadingsConfig {
  try {
    return loadReadingsConfig(env);
  } catch (error) {
    throw error instanceof ReadingsConfigError ? new ConfigError(error.message) : error;
  }
}

export function loadDeployConfig(env: Environment): DeployConfig {
  const parsed = parse(deployShape, env);
  return {
    token: parsed.DISCORD_TOKEN,
    applicationId: parsed.DISCORD_APPLICATION_ID,
    guildId: parsed.DISCORD_GUILD_ID,
    apiUrl: parsed.DISCORD_API_URL,
  };
}
