// What moderators read about readings: chosen here, where they are shown, from the store's outcomes.
import type { AddReadingOutcome, ReadingSummary } from '../../store/index.js';

export const BOTH_SOURCES_MESSAGE = 'Give either a file or a url, not both.';
export const NO_SOURCE_MESSAGE = 'Attach a file (.html, .txt or .md) or give a url.';
export const EXPIRED_DRAFT_MESSAGE = 'This preview has expired or was already used; run `/readings add` again.';
export const NOT_YOUR_DRAFT_MESSAGE = 'Only the moderator who asked for this preview can confirm, edit or cancel it.';
export const CANCELLED_MESSAGE = 'Cancelled: nothing was stored.';
export const READINGS_UNAVAILABLE_MESSAGE = 'Readings cannot be read or saved right now (database unavailable).';

function kib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}

export function describeAddRefusal(outcome: Exclude<AddReadingOutcome, { kind: 'added' }>): string {
  switch (outcome.kind) {
    case 'exists':
      return 'A reading with this id was added meanwhile; run `/readings add` again.';
    case 'too-large':
      return `Not added: the document is ${kib(outcome.bytes)}, over this server's limit of ${kib(outcome.limit)} a document.`;
    case 'too-many-documents':
      return `Not added: this server already has ${outcome.limit} readings, its limit. Remove one with \`/readings remove\` first.`;
    case 'too-many-paragraphs':
      return `Not added: this server's readings would pass its limit of ${outcome.limit} paragraphs (${outcome.used} used).`;
  }
}

export function formatAdded(reading: ReadingSummary): string {
  return `Added \`${reading.documentId}\`: ${reading.outlet}, “${reading.title}”, ${reading.paragraphCount} paragraphs. Questions in this server quote it from now on.`;
}

export function formatModLogChange(
  action: 'added' | 'removed',
  userId: string,
  reading: Pick<ReadingSummary, 'documentId' | 'title' | 'outlet' | 'paragraphCount'>,
): string {
  return `Reading ${action} by <@${userId}>: \`${reading.documentId}\` (${reading.outlet}, “${reading.title}”, ${reading.paragraphCount} paragraphs)`;
}
