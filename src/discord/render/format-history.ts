// /history: recent questions as lines for an ephemeral reply, within Discord's 2000 characters.
import type { AnswerRecord } from '../../store/index.js';
import { DISCORD_LIMITS } from '../discord-limits.js';
import { flattenWhitespace, truncateLine } from './truncate.js';

export interface FormatHistoryOptions {
  /** Characters of each question shown; the export has them whole. */
  readonly maxQuestionLength: number;
  /** The reply's limit (Discord's message content limit). */
  readonly maxLength: number;
}

export const DEFAULT_FORMAT_HISTORY: FormatHistoryOptions = {
  maxQuestionLength: 120,
  maxLength: DISCORD_LIMITS.content,
};

function formatEntry(e: AnswerRecord, maxQuestionLength: number): string {
  // <t:…:R> renders as "3 hours ago" in the member's own time zone.
  const when = `<t:${Math.floor(e.createdAt / 1000)}:R>`;
  const quoted = e.answered
    ? e.paragraphIds.map((id) => `\`${id.replaceAll('`', "'")}\``).join(' ')
    : 'no sourced passage';
  const removed = e.removedAt === null ? '' : ' (removed)';
  // Inline code keeps a question's markdown and mentions inert.
  return `${when} <@${e.userId}> in <#${e.channelId}>: \`${truncateLine(flattenWhitespace(e.question), maxQuestionLength).replaceAll('`', "'")}\` → ${quoted}${removed}`;
}

export function formatHistory(
  entries: readonly AnswerRecord[],
  options: FormatHistoryOptions = DEFAULT_FORMAT_HISTORY,
): string {
  if (entries.length === 0) return 'No questions recorded.';
  const lines: string[] = [];
  let length = 0;
  for (const [i, entry] of entries.entries()) {
    const line = formatEntry(entry, options.maxQuestionLength);
    const rest = entries.length - i;
    const footer = `… and ${rest} more: use /history export for all.`;
    // Keep room for the footer in case the next line does not fit.
    if (length + line.length + 1 + footer.length + 1 > options.maxLength) {
      lines.push(footer);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}
