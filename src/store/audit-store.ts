import type { Database } from 'better-sqlite3';
import type { LockWait, StoreHandle } from './store-handle.js';
import type { StoreResult } from './store-result.js';

/** What asked the question. The `answers.trigger` CHECK (migrations/001-initial.ts) owns these values. */
export type AnswerTrigger = 'slash' | 'mention' | 'context-menu';
export type RemoverRole = 'asker' | 'moderator';

/** What the bot records for every answer it sends (or every "no sourced passage" reply). */
export interface AnswerRecordInput {
  readonly guildId: string;
  readonly channelId: string;
  readonly userId: string;
  readonly question: string;
  /** Paragraph ids quoted, in result order (`<document-id>#<n>`); empty when nothing matched. */
  readonly paragraphIds: readonly string[];
  readonly answered: boolean;
  readonly latencyMs: number;
  readonly trigger: AnswerTrigger;
  readonly visibility: 'public' | 'private';
  /** The reply's message id (null when the reply has none, as when it could not be sent). */
  readonly messageId?: string | null;
  /** When the answer was sent (ms, the store's clock); default: when the row is written. */
  readonly createdAt?: number;
}

export interface AnswerRecord extends Omit<AnswerRecordInput, 'messageId' | 'createdAt'> {
  readonly id: number;
  readonly messageId: string | null;
  readonly createdAt: number;
  readonly removedAt: number | null;
}

export interface RemovalRecord {
  readonly id: number;
  readonly answerId: number | null;
  readonly guildId: string;
  readonly channelId: string;
  readonly messageId: string | null;
  readonly askerId: string;
  readonly removedBy: string;
  readonly removerRole: RemoverRole;
  readonly createdAt: number;
}

export interface HistoryQuery {
  /** Only this member's questions. */
  readonly userId?: string;
  /** Newest first, at most this many (default 10, capped at `MAX_HISTORY_LIMIT`). */
  readonly limit?: number;
  /** Only questions at or after this time (ms). */
  readonly since?: number;
}

export const DEFAULT_HISTORY_LIMIT = 10;
/** An export holds at most this many rows: a file a moderator can still open. */
export const MAX_HISTORY_LIMIT = 10_000;

export interface AuditStore {
  recordAnswer(input: AnswerRecordInput): StoreResult<AnswerRecord>;
  findByMessageId(messageId: string): StoreResult<AnswerRecord | null>;
  /**
   * Logs that `removedBy` deleted the answer posted as `messageId` and marks the answer removed, in one
   * transaction. Who may remove is decided before (see src/policy/decide-removal.ts). `null` when the
   * message is not a recorded answer (purged or never stored): nothing is written then.
   */
  recordRemoval(messageId: string, removedBy: string, role: RemoverRole): StoreResult<RemovalRecord | null>;
  /** Recent questions in a server, newest first: /history and /history export. */
  listHistory(guildId: string, query?: HistoryQuery): StoreResult<AnswerRecord[]>;
}

interface AnswerRow {
  id: number;
  guild_id: string;
  channel_id: string;
  user_id: string;
  question: string;
  paragraph_ids: string;
  answered: number;
  latency_ms: number;
  trigger: AnswerTrigger;
  visibility: 'public' | 'private';
  message_id: string | null;
  created_at: number;
  removed_at: number | null;
}

interface RemovalRow {
  id: number;
  answer_id: number | null;
  guild_id: string;
  channel_id: string;
  message_id: string | null;
  asker_id: string;
  removed_by: string;
  remover_role: RemoverRole;
  created_at: number;
}

export function toAnswerRecord(row: AnswerRow): AnswerRecord {
  return {
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    userId: row.user_id,
    question: row.question,
    paragraphIds: JSON.parse(row.paragraph_ids) as string[],
    answered: row.answered === 1,
    latencyMs: row.latency_ms,
    trigger: row.trigger,
    visibility: row.visibility,
    messageId: row.message_id,
    createdAt: row.created_at,
    removedAt: row.removed_at,
  };
}

function toRemovalRecord(row: RemovalRow): RemovalRecord {
  return {
    id: row.id,
    answerId: row.answer_id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    messageId: row.message_id,
    askerId: row.asker_id,
    removedBy: row.removed_by,
    removerRole: row.remover_role,
    createdAt: row.created_at,
  };
}

function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(MAX_HISTORY_LIMIT, Math.max(1, Math.trunc(limit)));
}

/**
 * Answer rows in one transaction (one commit for a burst). `wait` 0 is the audit queue's try: it never
 * waits for another connection's lock.
 */
export function insertAnswers(
  handle: StoreHandle,
  inputs: readonly AnswerRecordInput[],
  wait?: LockWait,
): StoreResult<AnswerRecord[]> {
  return handle.write((db) => inputs.map((input) => insertAnswerRow(db, input, handle.now)), wait);
}

function insertAnswerRow(db: Database, input: AnswerRecordInput, now: () => number): AnswerRecord {
  const row = db
    .prepare(
      `INSERT INTO answers (guild_id, channel_id, user_id, question, paragraph_ids, answered, latency_ms,
           trigger, visibility, message_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    )
    .get(
      input.guildId,
      input.channelId,
      input.userId,
      input.question,
      JSON.stringify(input.paragraphIds),
      input.answered ? 1 : 0,
      Math.max(0, Math.round(input.latencyMs)),
      input.trigger,
      input.visibility,
      input.messageId ?? null,
      input.createdAt ?? now(),
    ) as AnswerRow;
  return toAnswerRecord(row);
}

export function createAuditStore(handle: StoreHandle): AuditStore {
  return {
    recordAnswer: (input) => {
      const result = insertAnswers(handle, [input]);
      return result.ok ? { ok: true, value: result.value[0] as AnswerRecord } : result;
    },
    findByMessageId: (messageId) =>
      handle.read((db) => {
        const row = db.prepare('SELECT * FROM answers WHERE message_id = ?').get(messageId) as AnswerRow | undefined;
        return row ? toAnswerRecord(row) : null;
      }),
    recordRemoval: (messageId, removedBy, role) =>
      handle.write((db) => {
        const answer = db.prepare('SELECT * FROM answers WHERE message_id = ?').get(messageId) as AnswerRow | undefined;
        if (!answer) return null;
        const now = handle.now();
        db.prepare('UPDATE answers SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(now, answer.id);
        const row = db
          .prepare(
            `INSERT INTO removals (answer_id, guild_id, channel_id, message_id, asker_id, removed_by, remover_role, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
          )
          .get(
            answer.id,
            answer.guild_id,
            answer.channel_id,
            messageId,
            answer.user_id,
            removedBy,
            role,
            now,
          ) as RemovalRow;
        return toRemovalRecord(row);
      }),
    listHistory: (guildId, query = {}) =>
      handle.read((db) => {
        const rows = db
          .prepare(
            `SELECT * FROM answers
             WHERE guild_id = @guildId AND (@userId IS NULL OR user_id = @userId) AND created_at >= @since
             ORDER BY created_at DESC, id DESC LIMIT @limit`,
          )
          .all({
            guildId,
            userId: query.userId ?? null,
            since: query.since ?? 0,
            limit: clampLimit(query.limit, DEFAULT_HISTORY_LIMIT),
          }) as AnswerRow[];
        return rows.map(toAnswerRecord);
      }),
  };
}
