// /compare and /study: a Comparison from the core as one reply, one embed per outlet (Discord allows
// ten), with a line naming the outlets that have nothing above the threshold.
import type { Comparison } from '../../core/answer/compare-outlets.js';
import { DISCORD_LIMITS } from '../discord-limits.js';
import type { ReplySpec } from '../to-reply.js';
import { buildContextRows, buildQuoteEmbed, renderNoMatch } from './answer-reply.js';
import { escapeMetadata } from './highlight.js';
import { truncateLine } from './truncate.js';

export const COMPARE_HEADER = 'How each outlet reports it: the best passage from each, strongest match first.';

export function renderComparison(comparison: Comparison): ReplySpec {
  if (comparison.kind === 'no-match') return renderNoMatch(comparison);
  const shown = comparison.results.slice(0, DISCORD_LIMITS.embeds);
  const lines = [COMPARE_HEADER];
  if (comparison.results.length > shown.length)
    lines.push(`Showing the ${shown.length} closest of ${comparison.results.length} outlets.`);
  if (comparison.silent.length > 0) {
    const names = comparison.silent.map((o) => escapeMetadata(o)).join(', ');
    lines.push(truncateLine(`No passage clears the bar in: ${names}`, DISCORD_LIMITS.content / 2));
  }
  return { content: lines.join('\n'), embeds: shown.map(buildQuoteEmbed), components: buildContextRows(shown, 1) };
}
