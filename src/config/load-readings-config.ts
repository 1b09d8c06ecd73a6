// Operator settings for importing pages, per-server readings and the shared corpus's hot reload, parsed
// once from the environment like load-config.ts (errors name the variable). In their own file: the CLI
// import needs them without a token, and loadBotConfig adds them to the bot's config.
import { z } from 'zod';
import { parseAllowHosts } from '../import/address-policy.js';
import { DEFAULT_FETCH_URL, type FetchUrlOptions } from '../import/fetch-url.js';
import type { ReadingLimits } from '../store/index.js';
import type { Environment } from './load-config.js';

/** Per-server readings limits: one home for the defaults, read by the store's checks and README. */
export const DEFAULT_READINGS_LIMITS: ReadingLimits = {
  documentsPerServer: 50,
  bytesPerDocument: 2 * 1024 * 1024,
  paragraphsPerServer: 5_000,
};

export interface ReadingsConfig {
  readonly fetch: FetchUrlOptions;
  readonly limits: ReadingLimits;
  /** The operator's own server (DISCORD_GUILD_ID): its mod log hears of shared-corpus problems, and its
   * moderators may run /corpus reload. */
  readonly ownerGuildId: string | undefined;
}

export const DEFAULT_READINGS_CONFIG: ReadingsConfig = {
  fetch: DEFAULT_FETCH_URL,
  limits: DEFAULT_READINGS_LIMITS,
  ownerGuildId: undefined,
};

/** The variable and what is wrong with it; load-config.ts turns it into its ConfigError. */
export class ReadingsConfigError extends Error {
  override name = 'ReadingsConfigError';
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
const count = (max: number) =>
  z.coerce
    .number({ error: `must be a whole number from 1 to ${max}` })
    .int(`must be a whole number from 1 to ${max}`)
    .min(1, `must be a whole number from 1 to ${max}`)
    .max(max, `must be a whole number from 1 to ${max}`);

const importShape = {
  IMPORT_ALLOW_HOSTS: optional(z.string()),
  IMPORT_TIMEOUT_MS: optional(count(120_000)).default(DEFAULT_FETCH_URL.timeoutMs),
  IMPORT_MAX_BYTES: optional(count(100 * 1024 * 1024)).default(DEFAULT_FETCH_URL.maxBytes),
  READINGS_MAX_DOCUMENTS: optional(count(10_000)).default(DEFAULT_READINGS_LIMITS.documentsPerServer),
  READINGS_MAX_BYTES: optional(count(100 * 1024 * 1024)).default(DEFAULT_READINGS_LIMITS.bytesPerDocument),
  READINGS_MAX_PARAGRAPHS: optional(count(1_000_000)).default(DEFAULT_READINGS_LIMITS.paragraphsPerServer),
  DISCORD_GUILD_ID: optional(z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)')),
};

/** The variables read here, for load-config.ts's list that .env.example is checked against. */
export const READINGS_VARIABLES: readonly string[] = Object.keys(importShape);

export function loadReadingsConfig(env: Environment): ReadingsConfig {
  const result = z.object(importShape).safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ReadingsConfigError(`${String(issue?.path[0] ?? 'environment')}: ${issue?.message ?? 'invalid'}`);
  }
  const parsed = result.data;
  return {
    fetch: {
      ...DEFAULT_FETCH_URL,
      timeoutMs: parsed.IMPORT_TIMEOUT_MS,
      maxBytes: parsed.IMPORT_MAX_BYTES,
      allowHosts: parseAllowHosts(parsed.IMPORT_ALLOW_HOSTS),
    },
    ownerGuildId: parsed.DISCORD_GUILD_ID,
    limits: {
      documentsPerServer: parsed.READINGS_MAX_DOCUMENTS,
      bytesPerDocument: parsed.READINGS_MAX_BYTES,
      paragraphsPerServer: parsed.READINGS_MAX_PARAGRAPHS,
    },
  };
}
