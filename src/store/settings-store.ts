import { z } from 'zod';
import { InvalidWriteError, type StoreHandle } from './store-handle.js';
import type { StoreResult } from './store-result.js';

const snowflake = z.string().regex(/^\d{1,20}$/, 'a Discord id (digits)');

/** One server's moderator settings, validated. Every field has a default, so a missing row is a valid state. */
export const guildSettingsSchema = z.object({
  /** Channels where the bot answers in public; empty means everywhere. */
  allowedChannelIds: z.array(snowflake).max(100).default([]),
  /** Default reply visibility for /ask. */
  visibility: z.enum(['public', 'private']).default('public'),
  /** Results per answer (the CLI's --top). */
  resultsPerAnswer: z.number().int().min(1).max(5).default(3),
  /**
   * Per-user cooldown between questions; 0 turns it off. Moderators are exempt. Default 3 s: long enough
   * to stop a double submit or a pasted flood, shorter than anyone takes to read a quote and type a
   * follow-up; the server-wide 20-a-minute limit is what stops one member taking the room.
   */
  cooldownSeconds: z.number().int().min(0).max(3600).default(3),
  /** Outlets quoted in this server; null means every outlet of the corpus. */
  enabledOutlets: z.array(z.string().trim().min(1).max(200)).min(1).max(100).nullable().default(null),
  /** Whether @mentions of the bot are answered (slash commands always are). */
  answerMentions: z.boolean().default(true),
  /** Where a short line per answer goes; null means no mod-log. */
  modLogChannelId: snowflake.nullable().default(null),
  /** Questions older than this are purged daily. */
  retentionDays: z.number().int().min(1).max(3650).default(30),
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
  /** Drops the server's row: every setting back to its default. */
  reset(guildId: string): StoreResult<GuildSettings>;
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

export function createSettingsStore(handle: StoreHandle): SettingsStore {
  const select = (guildId: string) =>
    handle.read((db) => {
      const row = db.prepare('SELECT * FROM guild_settings WHERE guild_id = ?').get(guildId) as
        | (SettingsRow & { retention_days: number })
        | undefined;
      return row ? fromRow(row) : DEFAULT_GUILD_SETTINGS;
    });

  return {
    read: select,
    get: (guildId) => {
      const result = select(guildId);
      return result.ok ? result.value : DEFAULT_GUILD_SETTINGS;
    },
    update: (guildId, patch, updatedBy) =>
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
    reset: (guildId) =>
      handle.write((db) => {
        db.prepare('DELETE FROM guild_settings WHERE guild_id = ?').run(guildId);
        return DEFAULT_GUILD_SETTINGS;
      }),
  };
}
