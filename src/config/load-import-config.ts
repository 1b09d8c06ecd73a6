// Operator settings for importing pages and for per-server readings, parsed once from the environment
// like load-config.ts (errors name the variable). Kept in their own file: the CLI import needs them
// without a token, and the bot adds them to its own config.
import { z } from 'zod';
import { parseAllowHosts } from '../import/address-policy.js';
import { DEFAULT_FETCH_URL, type FetchUrlOptions } from '../import/fetch-url.js';
import { ConfigError, type Environment } from './load-config.js';

/** Per-server readings limits: one home for the defaults, read by the store checks and README. */
export interface ReadingsLimits {
  readonly documentsPerServer: number;
  readonly bytesPerDocument: number;
  readonly paragraphsPerServer: number;
}

export const DEFAULT_READINGS_LIMITS: ReadingsLimits = {
  documentsPerServer: 50,
  bytesPerDocument: 2 * 1024 * 1024,
  paragraphsPerServer: 5_000,
};

export interface ImportConfig {
  readonly fetch: FetchUrlOptions;
  readonly readings: ReadingsLimits;
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
const count = (max: number) =>
  z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

const importShape = {
  IMPORT_ALLOW_HOSTS: optional(z.string()),
  IMPORT_TIMEOUT_MS: optional(count(120_000)).default(DEFAULT_FETCH_URL.timeoutMs),
  IMPORT_MAX_BYTES: optional(count(100 * 1024 * 1024)).default(DEFAULT_FETCH_URL.maxBytes),
  READINGS_MAX_DOCUMENTS: optional(count(10_000)).default(DEFAULT_READINGS_LIMITS.documentsPerServer),
  READINGS_MAX_BYTES: optional(count(100 * 1024 * 1024)).default(DEFAULT_READINGS_LIMITS.bytesPerDocument),
  READINGS_MAX_PARAGRAPHS: optional(count(1_000_000)).default(DEFAULT_READINGS_LIMITS.paragraphsPerServer),
};

export function loadImportConfig(env: Environment): ImportConfig {
  const result = z.object(importShape).safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`${String(issue?.path[0] ?? 'environment')}: ${issue?.message ?? 'invalid'}`);
  }
  const parsed = result.data;
  return {
    fetch: {
      ...DEFAULT_FETCH_URL,
      timeoutMs: parsed.IMPORT_TIMEOUT_MS,
      maxBytes: parsed.IMPORT_MAX_BYTES,
      allowHosts: parseAllowHosts(parsed.IMPORT_ALLOW_HOSTS),
    },
    readings: {
      documentsPerServer: parsed.READINGS_MAX_DOCUMENTS,
      bytesPerDocument: parsed.READINGS_MAX_BYTES,
      paragraphsPerServer: parsed.READINGS_MAX_PARAGRAPHS,
    },
  };
}
