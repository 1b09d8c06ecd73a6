// The short line the mod-log channel gets per answer. It carries the question and the ids of the quoted
// paragraphs, never the quoted text or anything else a member wrote. Sent with no mentions parsed, but
// mentions are still shown as <@id> so moderators can click them.
import { flattenWhitespace, truncateLine } from './truncate.js';

export interface ModLogEntry {
  readonly userId: string;
  readonly channelId: string;
  readonly question: string;
  readonly paragraphIds: readonly string[];
  readonly answered: boolean;
  readonly latencyMs: number;
  readonly visibility: 'public' | 'private';
}

export interface ModLogLineOptions {
  /** The question is cut to this many characters (an ellipsis marks the cut). */
  readonly maxQuestionLength: number;
  /** At most this many paragraph ids are listed; the rest are counted. */
  readonly maxParagraphIds: number;
}

export const DEFAULT_MOD_LOG_LINE: ModLogLineOptions = { maxQuestionLength: 200, maxParagraphIds: 5 };

/**
 * Keeps the question on one line and inert: line breaks become spaces, and markdown, mention and
 * link characters are escaped so a question cannot style or ping in the mod-log.
 */
export function escapeForModLog(text: string): string {
  return flattenWhitespace(text).replace(/[\\`*_~|>#[\]()<@:-]/g, (c) => `\\${c}`);
}

export function formatModLogLine(entry: ModLogEntry, options: ModLogLineOptions = DEFAULT_MOD_LOG_LINE): string {
  const question = escapeForModLog(truncateLine(flattenWhitespace(entry.question), options.maxQuestionLength));
  const ids = entry.paragraphIds.slice(0, options.maxParagraphIds).map((id) => `\`${id.replaceAll('`', "'")}\``);
  const more = entry.paragraphIds.length - ids.length;
  const outcome = entry.answered
    ? `quoted ${ids.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
    : 'no sourced passage';
  const privately = entry.visibility === 'private' ? ' (private)' : '';
  return `<@${entry.userId}> in <#${entry.channelId}>${privately} asked “${question}” → ${outcome} in ${Math.round(entry.latencyMs)} ms`;
}
