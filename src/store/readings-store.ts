// Per-server readings (migration 002). The limits are checked inside the same write transaction that
// inserts, so two moderators adding at once cannot pass a limit together.
import type { Database } from 'better-sqlite3';
import type { StoreHandle } from './store-handle.js';
import type { StoreResult } from './store-result.js';

export type ReadingSourceKind = 'html' | 'text' | 'markdown';

export interface ReadingMetadata {
  readonly outlet: string;
  readonly title: string;
  readonly author: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly exclude: readonly string[];
}

export interface ReadingInput extends ReadingMetadata {
  readonly guildId: string;
  readonly documentId: string;
  /** The extracted text verbatim: paragraphs separated by blank lines. */
  readonly body: string;
  readonly paragraphCount: number;
  readonly sourceKind: ReadingSourceKind;
  /** The file name or URL it came from. */
  readonly sourceName: string;
  readonly original: Uint8Array;
  readonly addedBy: string;
}

export interface ReadingSummary extends ReadingMetadata {
  readonly guildId: string;
  readonly documentId: string;
  readonly paragraphCount: number;
  readonly sourceKind: ReadingSourceKind;
  readonly sourceName: string;
  readonly originalBytes: number;
  readonly addedBy: string;
  readonly addedAt: number;
}

export interface Reading extends ReadingSummary {
  readonly body: string;
}

export interface ReadingLimits {
  readonly documentsPerServer: number;
  readonly bytesPerDocument: number;
  readonly paragraphsPerServer: number;
}

export type AddReadingOutcome =
  | { readonly kind: 'added'; readonly reading: ReadingSummary }
  | { readonly kind: 'exists' }
  | { readonly kind: 'too-many-documents'; readonly limit: number }
  | { readonly kind: 'too-large'; readonly limit: number; readonly bytes: number }
  | { readonly kind: 'too-many-paragraphs'; readonly limit: number; readonly used: number };

export type ReadingChangeAction = 'add' | 'remove' | 'shared-on' | 'shared-off';

export interface ReadingChange {
  readonly guildId: string;
  readonly action: ReadingChangeAction;
  readonly documentId: string | null;
  readonly title: string | null;
  readonly userId: string | null;
  readonly at: number;
}

export interface ReadingsStore {
  add(input: ReadingInput, limits: ReadingLimits): StoreResult<AddReadingOutcome>;
  /** Newest first, without bodies. */
  list(guildId: string): StoreResult<ReadingSummary[]>;
  /** Oldest first, with bodies: what the server's index is built from. */
  listWithBodies(guildId: string): StoreResult<Reading[]>;
  get(guildId: string, documentId: string): StoreResult<Reading | null>;
  /** The bytes as uploaded or fetched. */
  getOriginal(guildId: string, documentId: string): StoreResult<Uint8Array | null>;
  /** The removed reading, or null when there was none. */
  remove(guildId: string, documentId: string, removedBy: string): StoreResult<ReadingSummary | null>;
  /** The audit of changes, newest first. */
  listChanges(guildId: string, limit?: number): StoreResult<ReadingChange[]>;
  /** Whether answers in this server also quote the shared corpus (default yes). */
  usesSharedCorpus(guildId: string): StoreResult<boolean>;
  setSharedCorpus(guildId: string, enabled: boolean, updatedBy: string | null): StoreResult<boolean>;
}

interface ReadingRow {
  guild_id: string;
  document_id: string;
  outlet: string;
  title: string;
  author: string | null;
  url: string | null;
  published: string | null;
  exclude: string;
  paragraph_count: number;
  source_kind: ReadingSourceKind;
  source_name: string;
  original_bytes: number;
  added_by: string;
  added_at: number;
  body?: string;
}

const SUMMARY_COLUMNS = `guild_id, document_id, outlet, title, author, url, published, exclude, paragraph_count,
  source_kind, source_name, original_bytes, added_by, added_at`;

function toSummary(row: ReadingRow): ReadingSummary {
  return {
    guildId: row.guild_id,
    documentId: row.document_id,
    outlet: row.outlet,
    title: row.title,
    author: row.author,
    url: row.url,
    published: row.published,
    exclude: JSON.parse(row.exclude) as string[],
    paragraphCount: row.paragraph_count,
    sourceKind: row.source_kind,
    sourceName: row.source_name,
    originalBytes: row.original_bytes,
    addedBy: row.added_by,
    addedAt: row.added_at,
  };
}

function toReading(row: ReadingRow): Reading {
  return { ...toSummary(row), body: row.body ?? '' };
}

function recordChange(db: Database, change: Omit<ReadingChange, 'at'>, at: number): void {
  db.prepare(
    'INSERT INTO reading_changes (guild_id, action, document_id, title, user_id, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(change.guildId, change.action, change.documentId, change.title, change.userId, at);
}

export function createReadingsStore(handle: StoreHandle): ReadingsStore {
  return {
    add: (input, limits) =>
      handle.write((db): AddReadingOutcome => {
        if (input.original.byteLength > limits.bytesPerDocument)
          return { kind: 'too-large', limit: limits.bytesPerDocument, bytes: input.original.byteLength };
        const exists = db
          .prepare('SELECT 1 FROM readings WHERE guild_id = ? AND document_id = ?')
          .get(input.guildId, input.documentId);
        if (exists) return { kind: 'exists' };
        const totals = db
          .prepare(
            'SELECT count(*) AS documents, coalesce(sum(paragraph_count), 0) AS paragraphs FROM readings WHERE guild_id = ?',
          )
          .get(input.guildId) as { documents: number; paragraphs: number };
        if (totals.documents >= limits.documentsPerServer)
          return { kind: 'too-many-documents', limit: limits.documentsPerServer };
        if (totals.paragraphs + input.paragraphCount > limits.paragraphsPerServer)
          return { kind: 'too-many-paragraphs', limit: limits.paragraphsPerServer, used: totals.paragraphs };
        const addedAt = handle.now();
        db.prepare(
          `INSERT INTO readings (guild_id, document_id, outlet, title, author, url, published, exclude, body,
             paragraph_count, source_kind, source_name, original, original_bytes, added_by, added_at)
           VALUES (@guildId, @documentId, @outlet, @title, @author, @url, @published, @exclude, @body,
             @paragraphCount, @sourceKind, @sourceName, @original, @originalBytes, @addedBy, @addedAt)`,
        ).run({
          ...input,
          exclude: JSON.stringify(input.exclude),
          original: Buffer.from(input.original),
          originalBytes: input.original.byteLength,
          addedAt,
        });
        recordChange(
          db,
          {
            guildId: input.guildId,
            action: 'add',
            documentId: input.documentId,
            title: input.title,
            userId: input.addedBy,
          },
          addedAt,
        );
        const { body: _body, original: _original, ...summary } = input;
        return { kind: 'added', reading: { ...summary, originalBytes: input.original.byteLength, addedAt } };
      }),
    list: (guildId) =>
      handle.read((db) =>
        (
          db
            .prepare(`SELECT ${SUMMARY_COLUMNS} FROM readings WHERE guild_id = ? ORDER BY added_at DESC, document_id`)
            .all(guildId) as ReadingRow[]
        ).map(toSummary),
      ),
    listWithBodies: (guildId) =>
      handle.read((db) =>
        (
          db
            .prepare(`SELECT ${SUMMARY_COLUMNS}, body FROM readings WHERE guild_id = ? ORDER BY added_at, document_id`)
            .all(guildId) as ReadingRow[]
        ).map(toReading),
      ),
    get: (guildId, documentId) =>
      handle.read((db) => {
        const row = db
          .prepare(`SELECT ${SUMMARY_COLUMNS}, body FROM readings WHERE guild_id = ? AND document_id = ?`)
          .get(guildId, documentId) as ReadingRow | undefined;
        return row ? toReading(row) : null;
      }),
    getOriginal: (guildId, documentId) =>
      handle.read((db) => {
        const row = db
          .prepare('SELECT original FROM readings WHERE guild_id = ? AND document_id = ?')
          .get(guildId, documentId) as { original: Buffer } | undefined;
        return row ? new Uint8Array(row.original) : null;
      }),
    remove: (guildId, documentId, removedBy) =>
      handle.write((db) => {
        const row = db
          .prepare(`SELECT ${SUMMARY_COLUMNS} FROM readings WHERE guild_id = ? AND document_id = ?`)
          .get(guildId, documentId) as ReadingRow | undefined;
        if (!row) return null;
        db.prepare('DELETE FROM readings WHERE guild_id = ? AND document_id = ?').run(guildId, documentId);
        recordChange(db, { guildId, action: 'remove', documentId, title: row.title, userId: removedBy }, handle.now());
        return toSummary(row);
      }),
    listChanges: (guildId, limit = 50) =>
      handle.read((db) =>
        (
          db
            .prepare(
              `SELECT guild_id, action, document_id, title, user_id, at FROM reading_changes
               WHERE guild_id = ? ORDER BY at DESC, id DESC LIMIT ?`,
            )
            .all(guildId, limit) as Array<{
            guild_id: string;
            action: ReadingChangeAction;
            document_id: string | null;
            title: string | null;
            user_id: string | null;
            at: number;
          }>
        ).map((row) => ({
          guildId: row.guild_id,
          action: row.action,
          documentId: row.document_id,
          title: row.title,
          userId: row.user_id,
          at: row.at,
        })),
      ),
    usesSharedCorpus: (guildId) =>
      handle.read((db) => {
        const row = db.prepare('SELECT shared_corpus FROM reading_options WHERE guild_id = ?').get(guildId) as
          | { shared_corpus: number }
          | undefined;
        return row === undefined ? true : row.shared_corpus === 1;
      }),
    setSharedCorpus: (guildId, enabled, updatedBy) =>
      handle.write((db) => {
        db.prepare(
          `INSERT INTO reading_options (guild_id, shared_corpus, updated_at, updated_by) VALUES (?, ?, ?, ?)
           ON CONFLICT (guild_id) DO UPDATE SET shared_corpus = excluded.shared_corpus,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        ).run(guildId, enabled ? 1 : 0, handle.now(), updatedBy);
        const action = enabled ? 'shared-on' : 'shared-off';
        recordChange(db, { guildId, action, documentId: null, title: null, userId: updatedBy }, handle.now());
        return enabled;
      }),
  };
}
