import type { StoreHandle } from './store-handle.js';
import type { StoreResult } from './store-result.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Retention for servers that never saved settings; the same as the settings default. */
export const DEFAULT_RETENTION_DAYS = 30;

export interface PurgeResult {
  readonly answers: number;
  readonly removals: number;
}

export interface ForgetResult {
  readonly answers: number;
  readonly votes: number;
  readonly removals: number;
}

export interface RetentionStore {
  /**
   * Deletes questions (with their votes) and removal records older than each server's `retentionDays`,
   * measured from the store's clock. Idempotent; run daily by `schedulePurge`.
   */
  purgeExpired(): StoreResult<PurgeResult>;
  /**
   * /forget-me: deletes the member's questions (and every vote on them), the member's own votes, and the
   * removal records of their answers. Limited to one server when `guildId` is given.
   */
  forgetUser(userId: string, guildId?: string): StoreResult<ForgetResult>;
}

export function createRetentionStore(handle: StoreHandle): RetentionStore {
  return {
    purgeExpired: () =>
      handle.write((db) => {
        const params = { now: handle.now(), day: DAY_MS, fallback: DEFAULT_RETENTION_DAYS };
        // Each row's cutoff comes from its own server's setting; servers without a row use the default.
        const cutoff = `@now - @day * COALESCE(
          (SELECT s.retention_days FROM guild_settings s WHERE s.guild_id = t.guild_id), @fallback)`;
        const answers = db.prepare(`DELETE FROM answers AS t WHERE t.created_at < ${cutoff}`).run(params).changes;
        const removals = db.prepare(`DELETE FROM removals AS t WHERE t.created_at < ${cutoff}`).run(params).changes;
        return { answers, removals };
      }),
    forgetUser: (userId, guildId) =>
      handle.write((db) => {
        const params = { userId, guildId: guildId ?? null };
        const inGuild = '(@guildId IS NULL OR guild_id = @guildId)';
        // Votes first: those on the member's own answers would go by cascade, but are counted here.
        const votes = db
          .prepare(
            `DELETE FROM feedback WHERE ${inGuild} AND (user_id = @userId
               OR answer_id IN (SELECT id FROM answers WHERE user_id = @userId AND ${inGuild}))`,
          )
          .run(params).changes;
        const removals = db.prepare(`DELETE FROM removals WHERE asker_id = @userId AND ${inGuild}`).run(params).changes;
        const answers = db.prepare(`DELETE FROM answers WHERE user_id = @userId AND ${inGuild}`).run(params).changes;
        return { answers, votes, removals };
      }),
  };
}
