import type { Migration } from './migration.js';

// A server's own readings: the original bytes as uploaded or fetched, the extracted body verbatim
// (paragraphs separated by blank lines, as in a corpus file), its metadata and exclude entries, and
// who added it when. Retention and /forget-me do not touch these tables: readings are not questions.
export const migration002Readings: Migration = {
  version: 2,
  name: 'per-server readings and whether a server reads the shared corpus',
  sql: `
CREATE TABLE readings (
  guild_id        TEXT    NOT NULL,
  document_id     TEXT    NOT NULL,
  outlet          TEXT    NOT NULL CHECK (length(trim(outlet)) > 0),
  title           TEXT    NOT NULL CHECK (length(trim(title)) > 0),
  author          TEXT    NULL,
  url             TEXT    NULL,
  published       TEXT    NULL,
  exclude         TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(exclude)),
  body            TEXT    NOT NULL,
  paragraph_count INTEGER NOT NULL CHECK (paragraph_count >= 1),
  source_kind     TEXT    NOT NULL CHECK (source_kind IN ('html', 'text', 'markdown')),
  source_name     TEXT    NOT NULL,
  original        BLOB    NOT NULL,
  original_bytes  INTEGER NOT NULL CHECK (original_bytes >= 0),
  added_by        TEXT    NOT NULL,
  added_at        INTEGER NOT NULL,
  PRIMARY KEY (guild_id, document_id)
) STRICT;

-- The audit of every change to a server's readings, kept after a reading is removed.
CREATE TABLE reading_changes (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  guild_id    TEXT    NOT NULL,
  action      TEXT    NOT NULL CHECK (action IN ('add', 'remove', 'shared-on', 'shared-off')),
  document_id TEXT    NULL,
  title       TEXT    NULL,
  user_id     TEXT    NULL,
  at          INTEGER NOT NULL
) STRICT;
CREATE INDEX reading_changes_guild_time ON reading_changes (guild_id, at);

CREATE TABLE reading_options (
  guild_id      TEXT    PRIMARY KEY,
  shared_corpus INTEGER NOT NULL DEFAULT 1 CHECK (shared_corpus IN (0, 1)),
  updated_at    INTEGER NOT NULL,
  updated_by    TEXT    NULL
) STRICT;
`,
};
