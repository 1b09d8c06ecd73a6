// /feedback report: vote totals and the answers voted least relevant, for an ephemeral reply.
import type { FeedbackReport } from '../../store/index.js';
import { DISCORD_LIMITS } from '../discord-limits.js';
import { flattenWhitespace, truncateLine } from './truncate.js';

export function formatFeedbackReport(report: FeedbackReport, maxQuestionLength = 100): string {
  const total = report.helpful + report.notRelevant;
  if (total === 0) return 'No feedback votes yet.';
  const share = Math.round((report.helpful / total) * 100);
  const lines = [`${total} votes: ${report.helpful} helpful, ${report.notRelevant} not relevant (${share}% helpful).`];
  let length = lines[0]?.length ?? 0;
  for (const a of report.answers) {
    const question = truncateLine(flattenWhitespace(a.question), maxQuestionLength).replaceAll('`', "'");
    const line = `👍 ${a.helpful} 👎 ${a.notRelevant} \`${question}\` → ${a.paragraphIds.join(' ') || 'no passage'}`;
    // Whole lines only: the rest of the list is cut rather than a line broken half-way.
    if (length + 1 + line.length > DISCORD_LIMITS.content) break;
    lines.push(line);
    length += 1 + line.length;
  }
  return lines.join('\n');
}
