import type { Migration } from './migration.js';

// The default per-member cooldown went from 10 s to 3 s (store/setting-ranges.ts says why). Every write
// stores every column, so the column default is never what a server gets; it is changed anyway so the
// schema states the same default as the code (tests/store/setting-ranges.test.ts checks the two agree).
// SQLite cannot alter a column's default: the table is rebuilt (the documented 12-step recipe, without
// the foreign-key steps, since nothing references guild_settings). Stored rows keep their values.
export const migration003CooldownDefault: Migration = {
  version: 3,
  name: 'default per-member cooldown 3 s',
  sql: `
CREATE TABLE guild_settings_new (
  guild_id            TEXT PRIMARY KEY,
  allowed_channel_ids TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_channel_ids)),
  visibility          TEXT    NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),
  results_per_answer  INTEGER NOT NULL DEFAULT 3 CHECK (results_per_answer BETWEEN 1 AND 5),
  cooldown_seconds    INTEGER NOT NULL DEFAULT 3 CHECK (cooldown_seconds BETWEEN 0 AND 3600),
  enabled_outlets     TEXT    NULL CHECK (enabled_outlets IS NULL OR json_valid(enabled_outlets)),
  answer_mentions     INTEGER NOT NULL DEFAULT 1 CHECK (answer_mentions IN (0, 1)),
  mod_log_channel_id  TEXT    NULL,
  retention_days      INTEGER NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 3650),
  updated_at          INTEGER NOT NULL,
  updated_by          TEXT    NULL
) STRICT;

INSERT INTO guild_settings_new SELECT guild_id, allowed_channel_ids, visibility, results_per_answer,
  cooldown_seconds, enabled_outlets, answer_mentions, mod_log_channel_id, retention_days, updated_at, updated_by
  FROM guild_settings;
DROP TABLE guild_settings;
ALTER TABLE guild_settings_new RENAME TO guild_settings;
`,
};
