// /feedback report: vote totals and the answers voted least relevant, for an ephemeral reply.
import type { FeedbackReport } from '../store/feedback-store.js';

/** Discord's message content limit. */
const MAX_LENGTH = 2000;

function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function formatFeedbackReport(report: FeedbackReport, maxQuestionLength = 100): string {
  const total = report.helpful + report.notRelevant;
  if (total === 0) return 'No feedback votes yet.';
  const share = Math.round((report.helpful / total) * 100);
  const lines = [`${total} votes: ${report.helpful} helpful, ${report.notRelevant} not relevant (${share}% helpful).`];
  let length = lines[0]?.length ?? 0;
  for (const a of report.answers) {
    const question = clip(a.question, maxQuestionLength).replaceAll('`', "'");
    const line = `👍 ${a.helpful} 👎 ${a.notRelevant} \`${question}\` → ${a.paragraphIds.join(' ') || 'no passage'}`;
    // Whole lines only: the rest of the list is cut rather than a line broken half-way.
    if (length + 1 + line.length > MAX_LENGTH) break;
    lines.push(line);
    length += 1 + line.length;
  }
  return lines.join('\n');
}
