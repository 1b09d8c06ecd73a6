import type { StoreHandle } from './store-handle.js';
import type { StoreResult } from './store-result.js';

export type FeedbackVote = 'helpful' | 'not-relevant';

export type VoteOutcome =
  | { readonly kind: 'recorded'; readonly vote: FeedbackVote }
  /** The member had voted the other way: one vote per member per answer, so it is replaced. */
  | { readonly kind: 'changed'; readonly vote: FeedbackVote; readonly previous: FeedbackVote }
  | { readonly kind: 'unchanged'; readonly vote: FeedbackVote }
  /** The message is not a recorded answer (purged, or recorded before the database was available). */
  | { readonly kind: 'unknown-answer' };

export interface FeedbackReportRow {
  readonly answerId: number;
  readonly question: string;
  readonly paragraphIds: readonly string[];
  readonly helpful: number;
  readonly notRelevant: number;
  readonly createdAt: number;
}

export interface FeedbackReport {
  readonly helpful: number;
  readonly notRelevant: number;
  /** Answers with votes, the most "not relevant" first: what a moderator should look at. */
  readonly answers: readonly FeedbackReportRow[];
}

/** One vote joined with the question it was about: what the eval converter reads. */
export interface FeedbackVoteRow {
  readonly answerId: number;
  readonly guildId: string;
  readonly question: string;
  /** The paragraphs the answer quoted when the member voted. */
  readonly paragraphIds: readonly string[];
  readonly vote: FeedbackVote;
}

export interface FeedbackReportOptions {
  readonly since?: number;
  readonly limit?: number;
}

export const DEFAULT_FEEDBACK_REPORT_LIMIT = 10;

export interface FeedbackStore {
  /** Records the member's vote on the answer posted as `messageId`, with the paragraph ids it quoted. */
  recordVote(messageId: string, userId: string, vote: FeedbackVote): StoreResult<VoteOutcome>;
  /** /feedback report: totals and the answers with votes in a server. */
  report(guildId: string, options?: FeedbackReportOptions): StoreResult<FeedbackReport>;
  /** Every vote in every server, oldest first: the input of `npm run eval -- --feedback`. */
  listVotes(): StoreResult<FeedbackVoteRow[]>;
}

export function createFeedbackStore(handle: StoreHandle): FeedbackStore {
  return {
    recordVote: (messageId, userId, vote) =>
      handle.write((db): VoteOutcome => {
        const answer = db
          .prepare('SELECT id, guild_id, paragraph_ids FROM answers WHERE message_id = ?')
          .get(messageId) as { id: number; guild_id: string; paragraph_ids: string } | undefined;
        if (!answer) return { kind: 'unknown-answer' };
        const previous = db
          .prepare('SELECT vote FROM feedback WHERE answer_id = ? AND user_id = ?')
          .get(answer.id, userId) as { vote: FeedbackVote } | undefined;
        if (previous?.vote === vote) return { kind: 'unchanged', vote };
        const now = handle.now();
        db.prepare(
          `INSERT INTO feedback (answer_id, guild_id, user_id, vote, paragraph_ids, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, updated_at = excluded.updated_at`,
        ).run(answer.id, answer.guild_id, userId, vote, answer.paragraph_ids, now, now);
        return previous ? { kind: 'changed', vote, previous: previous.vote } : { kind: 'recorded', vote };
      }),
    report: (guildId, options = {}) =>
      handle.read((db): FeedbackReport => {
        const since = options.since ?? 0;
        const totals = db
          .prepare(
            `SELECT COALESCE(SUM(vote = 'helpful'), 0) AS helpful, COALESCE(SUM(vote = 'not-relevant'), 0) AS notRelevant
             FROM feedback WHERE guild_id = ? AND updated_at >= ?`,
          )
          .get(guildId, since) as { helpful: number; notRelevant: number };
        const rows = db
          .prepare(
            `SELECT a.id AS answerId, a.question, a.paragraph_ids AS paragraphIds, a.created_at AS createdAt,
               SUM(f.vote = 'helpful') AS helpful, SUM(f.vote = 'not-relevant') AS notRelevant
             FROM feedback f JOIN answers a ON a.id = f.answer_id
             WHERE f.guild_id = ? AND f.updated_at >= ?
             GROUP BY a.id ORDER BY notRelevant DESC, helpful ASC, a.created_at DESC LIMIT ?`,
          )
          .all(guildId, since, Math.max(1, Math.trunc(options.limit ?? DEFAULT_FEEDBACK_REPORT_LIMIT))) as Array<
          Omit<FeedbackReportRow, 'paragraphIds'> & { paragraphIds: string }
        >;
        return {
          helpful: totals.helpful,
          notRelevant: totals.notRelevant,
          answers: rows.map((r) => ({ ...r, paragraphIds: JSON.parse(r.paragraphIds) as string[] })),
        };
      }),
    listVotes: () =>
      handle.read((db) =>
        (
          db
            .prepare(
              `SELECT f.answer_id AS answerId, f.guild_id AS guildId, a.question, f.paragraph_ids AS paragraphIds, f.vote
               FROM feedback f JOIN answers a ON a.id = f.answer_id ORDER BY f.created_at, f.id`,
            )
            .all() as Array<Omit<FeedbackVoteRow, 'paragraphIds'> & { paragraphIds: string }>
        ).map((r) => ({ ...r, paragraphIds: JSON.parse(r.paragraphIds) as string[] })),
      ),
  };
}
