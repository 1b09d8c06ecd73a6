// /history export: the rows of listHistory as a file a moderator can open. Pure text, no database.
import type { AnswerRecord } from './audit-store.js';

export type HistoryFormat = 'csv' | 'json';

const CSV_COLUMNS = [
  'time',
  'user_id',
  'channel_id',
  'question',
  'answered',
  'paragraph_ids',
  'latency_ms',
  'trigger',
  'visibility',
  'message_id',
  'removed_at',
] as const;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled. A field
 * starting with = + - @ or a tab/CR is prefixed with ' so a spreadsheet shows a member's question as
 * text instead of running it as a formula (OWASP "CSV injection").
 */
export function escapeCsvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function toIso(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString();
}

function toCsvRow(entry: AnswerRecord): string[] {
  return [
    toIso(entry.createdAt),
    entry.userId,
    entry.channelId,
    entry.question,
    entry.answered ? 'yes' : 'no',
    entry.paragraphIds.join(' '),
    String(entry.latencyMs),
    entry.trigger,
    entry.visibility,
    entry.messageId ?? '',
    toIso(entry.removedAt),
  ];
}

/** CRLF line ends and a header row, as RFC 4180 and spreadsheets expect. */
export function formatHistoryCsv(entries: readonly AnswerRecord[]): string {
  return [CSV_COLUMNS.join(','), ...entries.map((e) => toCsvRow(e).map(escapeCsvField).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}

export function formatHistoryJson(entries: readonly AnswerRecord[]): string {
  const rows = entries.map((e) => ({
    time: toIso(e.createdAt),
    userId: e.userId,
    channelId: e.channelId,
    question: e.question,
    answered: e.answered,
    paragraphIds: e.paragraphIds,
    latencyMs: e.latencyMs,
    trigger: e.trigger,
    visibility: e.visibility,
    messageId: e.messageId,
    removedAt: e.removedAt === null ? null : toIso(e.removedAt),
  }));
  return `${JSON.stringify({ entries: rows }, null, 2)}\n`;
}

/** The attachment for /history export: a file name and its UTF-8 text. */
export function formatHistoryExport(
  entries: readonly AnswerRecord[],
  format: HistoryFormat,
  guildId: string,
  now: number,
): { readonly fileName: string; readonly content: string } {
  const stamp = new Date(now).toISOString().slice(0, 10);
  return {
    fileName: `history-${guildId}-${stamp}.${format}`,
    content: format === 'csv' ? formatHistoryCsv(entries) : formatHistoryJson(entries),
  };
}
