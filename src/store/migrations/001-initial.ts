import type { Migration } from './migration.js';

// Ids from Discord are snowflakes (64-bit): stored as TEXT so they never lose precision.
// Times are milliseconds since the epoch from the store's injected clock, never SQLite's own.
// Lists (channel ids, outlets, paragraph ids) are JSON arrays in TEXT columns.
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial schema: settings, answers, removals, feedback',
  sql: `
CREATE TABLE guild_settings (
  guild_id            TEXT PRIMARY KEY,
  allowed_channel_ids TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_channel_ids)),
  visibility          TEXT    NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),
  results_per_answer  INTEGER NOT NULL DEFAULT 3 CHECK (results_per_answer BETWEEN 1 AND 5),
  cooldown_seconds    INTEGER NOT NULL DEFAULT 10 CHECK (cooldown_seconds BETWEEN 0 AND 3600),
  enabled_outlets     TEXT    NULL CHECK (enabled_outlets IS NULL OR json_valid(enabled_outlets)),
  answer_mentions     INTEGER NOT NULL DEFAULT 1 CHECK (answer_mentions IN (0, 1)),
  mod_log_channel_id  TEXT    NULL,
  retention_days      INTEGER NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 3650),
  updated_at          INTEGER NOT NULL,
  updated_by          TEXT    NULL
) STRICT;

CREATE TABLE answers (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id      TEXT    NOT NULL,
  channel_id    TEXT    NOT NULL,
  user_id       TEXT    NOT NULL,
  question      TEXT    NOT NULL,
  paragraph_ids TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(paragraph_ids)),
  answered      INTEGER NOT NULL CHECK (answered IN (0, 1)),
  latency_ms    INTEGER NOT NULL CHECK (latency_ms >= 0),
  trigger       TEXT    NOT NULL CHECK (trigger IN ('slash', 'mention', 'context-menu')),
  visibility    TEXT    NOT NULL CHECK (visibility IN ('public', 'private')),
  message_id    TEXT    NULL UNIQUE,
  created_at    INTEGER NOT NULL,
  removed_at    INTEGER NULL
) STRICT;
CREATE INDEX answers_guild_time ON answers (guild_id, created_at);
CREATE INDEX answers_guild_user_time ON answers (guild_id, user_id, created_at);

CREATE TABLE removals (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_id    INTEGER NULL REFERENCES answers (id) ON DELETE SET NULL,
  guild_id     TEXT    NOT NULL,
  channel_id   TEXT    NOT NULL,
  message_id   TEXT    NULL,
  asker_id     TEXT    NOT NULL,
  removed_by   TEXT    NOT NULL,
  remover_role TEXT    NOT NULL CHECK (remover_role IN ('asker', 'moderator')),
  created_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX removals_guild_time ON removals (guild_id, created_at);

CREATE TABLE feedback (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_id     INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  guild_id      TEXT    NOT NULL,
  user_id       TEXT    NOT NULL,
  vote          TEXT    NOT NULL CHECK (vote IN ('helpful', 'not-relevant')),
  paragraph_ids TEXT    NOT NULL CHECK (json_valid(paragraph_ids)),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  UNIQUE (answer_id, user_id)
) STRICT;
CREATE INDEX feedback_guild_time ON feedback (guild_id, created_at);
`,
};
