// The removals table as a moderator's record holds it, read straight from the bot's database file: the
// bot itself never lists removals, so the store has no method for it.
import Database from 'better-sqlite3';

export interface RemovalRow {
  readonly messageId: string | null;
  readonly askerId: string;
  readonly removedBy: string;
  readonly removerRole: 'asker' | 'moderator';
}

export function readRemovals(databasePath: string, guildId: string): RemovalRow[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT message_id AS messageId, asker_id AS askerId, removed_by AS removedBy, remover_role AS removerRole
         FROM removals WHERE guild_id = ? ORDER BY id`,
      )
      .all(guildId) as RemovalRow[];
  } finally {
    db.close();
  }
}
