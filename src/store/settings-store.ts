import { z } from 'zod';
import { SETTING_RANGES, type SettingRange } from './setting-ranges.js';
import { InvalidWriteError, type StoreHandle } from './store-handle.js';
import type { StoreResult } from './store-result.js';

const ranged = (range: SettingRange) => z.number().int().min(range.min).max(range.max).default(range.default);

const snowflake = z.string().regex(/^\d{1,20}$/, 'a Discord id (digits)');

/** One server's moderator settings, validated. Every field has a default, so a missing row is a valid state. */
export const guildSettingsSchema = z.object({
  /** Channels where the bot answers in public; empty means everywhere. */
  allowedChannelIds: z.array(snowflake).max(100).default([]),
  /** Default reply visibility for /ask. */
  visibility: z.enum(['public', 'private']).default('public'),
  /** Results per answer (the CLI's --top). */
  resultsPerAnswer: ranged(SETTING_RANGES.resultsPerAnswer),
  /** Per-user cooldown between questions; 0 turns it off. Moderators are exempt. */
  cooldownSeconds: ranged(SETTING_RANGES.cooldownSeconds),
  /** Outlets quoted in this server; null means every outlet of the corpus. */
  enabledOutlets: z.array(z.string().trim().min(1).max(200)).min(1).max(100).nullable().default(null),
  /** Whether @mentions of the bot are answered (slash commands always are). */
  answerMentions: z.boolean().default(true),
  /** Where a short line per answer goes; null means no mod-log. */
  modLogChannelId: snowflake.nullable().default(null),
  /** Questions older than this are purged daily. */
  retentionDays: ranged(SETTING_RANGES.retentionDays),
});

export type GuildSettings = z.infer<typeof guildSettingsSchema>;
/** What a /settings subcommand changes: any subset of the fields. */
export type GuildSettingsPatch = Partial<GuildSettings>;

export const DEFAULT_GUILD_SETTINGS: GuildSettings = Object.freeze(guildSettingsSchema.parse({}));

interface SettingsRow {
  allowed_channel_ids: string;
  visibility: string;
  results_per_answer: number;
  cooldown_seconds: number;
  enabled_outlets: string | null;
  answer_mentions: number;
  mod_log_channel_id: string | null;
}

export interface SettingsStore {
  /** The server's settings; the defaults when none were saved or the database is unavailable. Never throws. */
  get(guildId: string): GuildSettings;
  /** Like `get`, but says whether the database answered (for /settings show: "defaults, database unavailable"). */
  read(guildId: string): StoreResult<GuildSettings>;
  /**
   * Validates `patch` merged over the current settings and commits it before returning: when this
   * returns ok, the setting is on disk and the interaction may be acknowledged as done.
   */
  update(guildId: string, patch: GuildSettingsPatch, updatedBy: string | null): StoreResult<GuildSettings>;
}

function fromRow(row: SettingsRow & { retention_days: number }): GuildSettings {
  // Parse again on the way out: a row edited by hand can never hand the bot an out-of-range value.
  const parsed = guildSettingsSchema.safeParse({
    allowedChannelIds: JSON.parse(row.allowed_channel_ids),
    visibility: row.visibility,
    resultsPerAnswer: row.results_per_answer,
    cooldownSeconds: row.cooldown_seconds,
    enabledOutlets: row.enabled_outlets === null ? null : JSON.parse(row.enabled_outlets),
    answerMentions: row.answer_mentions === 1,
    modLogChannelId: row.mod_log_channel_id,
    retentionDays: row.retention_days,
  });
  return parsed.success ? parsed.data : DEFAULT_GUILD_SETTINGS;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`).join('; ');
}

export interface SettingsCacheOptions {
  /** How long a server's settings are served from memory before the database is asked again. */
  readonly ttlMs: number;
  /** Servers kept in memory at most (the least recently read go first). */
  readonly maxGuilds: number;
}

/**
 * `get` is on every question's path. It answers from memory, refreshed on every write through this store
 * and re-read after `ttlMs` (another process may have changed the file: a restore, a second bot). A
 * re-read that fails (lock, database gone) keeps the last value read, else the defaults. docs/store.md.
 */
export const DEFAULT_SETTINGS_CACHE: SettingsCacheOptions = { ttlMs: 30_000, maxGuilds: 10_000 };

export function createSettingsStore(
  handle: StoreHandle,
  cacheOptions: SettingsCacheOptions = DEFAULT_SETTINGS_CACHE,
): SettingsStore {
  const cache = new Map<string, { readonly settings: GuildSettings; readonly readAt: number }>();
  const remember = (guildId: string, settings: GuildSettings): void => {
    cache.delete(guildId);
    cache.set(guildId, { settings, readAt: performance.now() });
    if (cache.size > cacheOptions.maxGuilds) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
  };
  const select = (guildId: string): StoreResult<GuildSettings> => {
    const result = handle.read((db) => {
      const row = db.prepare('SELECT * FROM guild_settings WHERE guild_id = ?').get(guildId) as
        | (SettingsRow & { retention_days: number })
        | undefined;
      return row ? fromRow(row) : DEFAULT_GUILD_SETTINGS;
    });
    if (result.ok) remember(guildId, result.value);
    return result;
  };
  const saved = (guildId: string, result: StoreResult<GuildSettings>): StoreResult<GuildSettings> => {
    if (result.ok) remember(guildId, result.value);
    return result;
  };

  return {
    read: select,
    get: (guildId) => {
      const cached = cache.get(guildId);
      if (cached && performance.now() - cached.readAt < cacheOptions.ttlMs) return cached.settings;
      const result = select(guildId);
      if (result.ok) return result.value;
      return cached?.settings ?? DEFAULT_GUILD_SETTINGS;
    },
    update: (guildId, patch, updatedBy) =>
      saved(
        guildId,
        handle.write((db) => {
          const row = db.prepare('SELECT * FROM guild_settings WHERE guild_id = ?').get(guildId) as
            | (SettingsRow & { retention_days: number })
            | undefined;
          const merged = guildSettingsSchema.safeParse({ ...(row ? fromRow(row) : DEFAULT_GUILD_SETTINGS), ...patch });
          if (!merged.success) throw new InvalidWriteError(describeIssues(merged.error));
          const s: GuildSettings = {
            ...merged.data,
            allowedChannelIds: [...new Set(merged.data.allowedChannelIds)],
            enabledOutlets: merged.data.enabledOutlets === null ? null : [...new Set(merged.data.enabledOutlets)],
          };
          db.prepare(
            `INSERT INTO guild_settings (guild_id, allowed_channel_ids, visibility, results_per_answer, cooldown_seconds,
             enabled_outlets, answer_mentions, mod_log_channel_id, retention_days, updated_at, updated_by)
           VALUES (@guildId, @allowed, @visibility, @results, @cooldown, @outlets, @mentions, @modLog, @retention, @now, @by)
           ON CONFLICT (guild_id) DO UPDATE SET
             allowed_channel_ids = excluded.allowed_channel_ids, visibility = excluded.visibility,
             results_per_answer = excluded.results_per_answer, cooldown_seconds = excluded.cooldown_seconds,
             enabled_outlets = excluded.enabled_outlets, answer_mentions = excluded.answer_mentions,
             mod_log_channel_id = excluded.mod_log_channel_id, retention_days = excluded.retention_days,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          ).run({
            guildId,
            allowed: JSON.stringify(s.allowedChannelIds),
            visibility: s.visibility,
            results: s.resultsPerAnswer,
            cooldown: s.cooldownSeconds,
            outlets: s.enabledOutlets === null ? null : JSON.stringify(s.enabledOutlets),
            mentions: s.answerMentions ? 1 : 0,
            modLog: s.modLogChannelId,
            retention: s.retentionDays,
            now: handle.now(),
            by: updatedBy,
          });
          return s;
        }),
      ),
  };
}
