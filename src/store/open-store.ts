// The store's front door: `openStore({ path })` never throws. When the file cannot be opened (read-only
// folder, locked, newer schema) the store comes up degraded: settings read as defaults, writes return a
// StoreFailure, and the open is retried on later calls.
import { type AuditQueue, type AuditQueueOptions, createAuditQueue, DEFAULT_AUDIT_QUEUE } from './audit-queue.js';
import { type AuditStore, createAuditStore, insertAnswers } from './audit-store.js';
import { createFeedbackStore, type FeedbackStore } from './feedback-store.js';
import { openDatabase } from './open-database.js';
import { createReadingsStore, type ReadingsStore } from './readings-store.js';
import { createRetentionStore, type RetentionStore } from './retention-store.js';
import {
  createSettingsStore,
  DEFAULT_SETTINGS_CACHE,
  type SettingsCacheOptions,
  type SettingsStore,
} from './settings-store.js';
import { type Clock, createStoreHandle, type StoreEvent, type StoreStatus } from './store-handle.js';

export interface OpenStoreOptions {
  /** The SQLite file (DATABASE_PATH, default ./data/bot.sqlite); its folder is created when missing. */
  readonly path: string;
  readonly now?: Clock;
  /**
   * How long a write a member waits for (a setting, a vote, a removal) waits for another connection's
   * lock before failing as 'busy'. The event loop stops meanwhile, so keep it short.
   */
  readonly busyTimeoutMs?: number;
  /** The same for reads (WAL readers rarely wait at all). */
  readonly readBusyTimeoutMs?: number;
  /** The audit log's write queue (see audit-queue.ts). */
  readonly auditQueue?: AuditQueueOptions;
  /** The in-memory settings cache on the answer path (see settings-store.ts). */
  readonly settingsCache?: SettingsCacheOptions;
  /** Told when the files changed under the store (deleted, replaced, -shm truncated) and what it did. */
  readonly onEvent?: (event: StoreEvent) => void;
  /** While unavailable, try to open again at most this often. */
  readonly reopenAfterMs?: number;
  /** Open without writing (no folder creation, no migrations); for tools that only read, like eval. */
  readonly readonly?: boolean;
  /** Cap on the file size in 4 KiB pages; null for SQLite's own limit. */
  readonly maxPageCount?: number | null;
}

export const DEFAULT_OPEN_STORE = {
  now: Date.now,
  busyTimeoutMs: 200,
  readBusyTimeoutMs: 20,
  auditQueue: DEFAULT_AUDIT_QUEUE,
  settingsCache: DEFAULT_SETTINGS_CACHE,
  reopenAfterMs: 30_000,
  readonly: false,
  maxPageCount: null,
} as const satisfies Required<Omit<OpenStoreOptions, 'path' | 'onEvent'>>;

export interface Store {
  readonly settings: SettingsStore;
  readonly audit: AuditStore;
  /** How the bot records answers: queued and written off the answer's path, never waiting for a lock. */
  readonly auditQueue: AuditQueue;
  readonly feedback: FeedbackStore;
  readonly retention: RetentionStore;
  readonly readings: ReadingsStore;
  /** 'ready', or 'unavailable' with the reason: for start-up logs and /settings show. */
  status(): StoreStatus;
  close(): void;
}

export function openStore(options: OpenStoreOptions): Store {
  const o = { ...DEFAULT_OPEN_STORE, ...options };
  const handle = createStoreHandle({
    path: o.path,
    now: o.now,
    reopenAfterMs: o.reopenAfterMs,
    readBusyTimeoutMs: o.readBusyTimeoutMs,
    writeBusyTimeoutMs: o.busyTimeoutMs,
    ...(o.onEvent !== undefined && { onEvent: o.onEvent }),
    open: () =>
      openDatabase({
        path: o.path,
        busyTimeoutMs: o.busyTimeoutMs,
        readonly: o.readonly,
        maxPageCount: o.maxPageCount,
      }),
  });
  const auditQueue = createAuditQueue(
    (inputs) => insertAnswers(handle, inputs, { busyTimeoutMs: 0 }),
    o.now,
    o.auditQueue,
  );
  return {
    settings: createSettingsStore(handle, o.settingsCache),
    audit: createAuditStore(handle),
    auditQueue,
    feedback: createFeedbackStore(handle),
    retention: createRetentionStore(handle),
    readings: createReadingsStore(handle),
    status: handle.status,
    close: () => {
      auditQueue.close();
      handle.close();
    },
  };
}
