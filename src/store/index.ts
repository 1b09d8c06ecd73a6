// The store's public surface: the bot and the CLIs import from here; nothing else touches SQL.

export type { AuditQueue, AuditQueueStats, EnqueueOutcome } from './audit-queue.js';
export type {
  AnswerRecord,
  AnswerRecordInput,
  AnswerTrigger,
  AuditStore,
  HistoryQuery,
  RemovalRecord,
  RemoverRole,
} from './audit-store.js';
export { DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT } from './audit-store.js';
export type {
  FeedbackReport,
  FeedbackReportRow,
  FeedbackStore,
  FeedbackVote,
  FeedbackVoteRow,
  VoteOutcome,
} from './feedback-store.js';
export { formatHistoryCsv, formatHistoryExport, formatHistoryJson, type HistoryFormat } from './history-export.js';
export {
  DEFAULT_OPEN_STORE,
  type OpenStoreOptions,
  openStore,
  type Store,
} from './open-store.js';
export type {
  AddReadingOutcome,
  Reading,
  ReadingChange,
  ReadingChangeAction,
  ReadingInput,
  ReadingLimits,
  ReadingMetadata,
  ReadingSourceKind,
  ReadingSummary,
  ReadingsStore,
} from './readings-store.js';
export type { ForgetResult, PurgeResult, RetentionStore } from './retention-store.js';
export { DAY_MS, DEFAULT_RETENTION_DAYS } from './retention-store.js';
export {
  DEFAULT_SCHEDULE_PURGE,
  type PurgeTimers,
  type SchedulePurgeOptions,
  schedulePurge,
} from './schedule-purge.js';
export { describeRange, SETTING_RANGES, type SettingRange } from './setting-ranges.js';
export {
  DEFAULT_GUILD_SETTINGS,
  type GuildSettings,
  type GuildSettingsPatch,
  guildSettingsSchema,
  type SettingsStore,
} from './settings-store.js';
export type { Clock, StoreEvent, StoreStatus } from './store-handle.js';
export type { StoreFailure, StoreFailureReason, StoreResult } from './store-result.js';
