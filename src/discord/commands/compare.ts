// /compare question:<text>: each outlet's best quote for the same question, strongest match first, so a
// reader sees how different outlets report the same fact. Each outlet is asked through the core with its
// own filter, so every quote is exactly what /ask outlet:<that outlet> would give first.
import { type ChatInputCommandInteraction, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { answerQuestion } from '../../core/answer/answer-question.js';
import type { Answer, QuoteResult } from '../../core/answer/types.js';
import { MAX_QUESTION_LENGTH, readQuestion } from '../ask-flow.js';
import { recordAnswer } from '../moderation/record-answer.js';
import { type AnswerDecision, admitInteraction, placeOfInteraction } from '../moderation/room-order.js';
import { buildContextRows, buildModerationRow, buildQuoteEmbed, renderNoMatch } from '../render/answer-reply.js';
import { escapeMarkdownText } from '../render/highlight.js';
import { DISCORD_LIMITS, forEdit, type ReplySpec, toReply, truncateLine } from '../to-reply.js';
import type { BotContext, Command } from '../types.js';

export const COMPARE_HEADER = 'How each outlet reports it: the best passage from each, strongest match first.';

export interface ComparisonView extends ReplySpec {
  /** What the view quotes, as one Answer: for the audit log and the mod-log line. */
  readonly answer: Answer;
}

/** Each enabled outlet's best quote for the question, strongest first; the no-match reply when none has one. */
export function renderComparison(
  context: BotContext,
  question: string,
  enabled: readonly string[] | null,
  notice: string | null,
): ComparisonView {
  const best: QuoteResult[] = [];
  const silent: string[] = [];
  for (const outlet of context.outlets.filter((o) => enabled === null || enabled.includes(o))) {
    const answer = answerQuestion(context.index, question, { top: 1, outlets: [outlet] });
    const first = answer.kind === 'quotes' ? answer.results[0] : undefined;
    if (first) best.push(first);
    else silent.push(outlet);
  }
  if (best.length === 0) {
    const overall = answerQuestion(context.index, question, { top: 1, outlets: enabled });
    if (overall.kind === 'no-match') return { ...renderNoMatch(overall), answer: overall };
  }
  best.sort((a, b) => b.score - a.score || a.outlet.localeCompare(b.outlet));
  const shown = best.slice(0, DISCORD_LIMITS.embeds);
  const lines = notice === null ? [COMPARE_HEADER] : [notice, COMPARE_HEADER];
  if (best.length > shown.length) lines.push(`Showing the ${shown.length} closest of ${best.length} outlets.`);
  if (silent.length > 0) {
    const names = silent.map((o) => escapeMarkdownText(o)).join(', ');
    lines.push(truncateLine(`No passage clears the bar in: ${names}`, 1000));
  }
  return {
    content: lines.join('\n'),
    embeds: shown.map(buildQuoteEmbed),
    components: buildContextRows(shown, 1),
    answer: { kind: 'quotes', question, results: shown, corrections: [] },
  };
}

/**
 * Edits the deferred reply into the comparison, with Helpful / Not relevant / Remove when it is public
 * and quotes something, then audits it like any answer. Returns the view and the sent message.
 */
export async function sendComparison(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  asked: { question: string; room: AnswerDecision; ephemeral: boolean; startedAt: number },
) {
  const { question, room, ephemeral } = asked;
  const view = renderComparison(context, question, room.settings.enabledOutlets, room.notice);
  const quoted = view.answer.kind === 'quotes' && view.answer.results.length > 0;
  const components = !ephemeral && quoted ? [...(view.components ?? []), buildModerationRow()] : view.components;
  const sent = await interaction.editReply(forEdit(toReply({ ...view, ...(components && { components }) })));
  await recordAnswer(context, interaction.client, {
    ...placeOfInteraction(interaction, 'slash'),
    question,
    answer: view.answer,
    messageId: sent.id,
    visibility: ephemeral ? 'private' : 'public',
    startedAt: asked.startedAt,
    settings: room.settings,
  });
  return { view, sent };
}

export default {
  data: new SlashCommandBuilder()
    .setName('compare')
    .setDescription("Each outlet's best quote for the same question, side by side")
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('What do you want to compare?')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    ),
  async execute(interaction, context) {
    if (!interaction.isChatInputCommand()) return;
    const question = await readQuestion(interaction, 'question');
    if (question === null) return;
    const startedAt = performance.now();
    const room = await admitInteraction(interaction, context, 'slash');
    if (room === null) return;
    // Outside the allowlist, or when the server's default is private: only the member sees it.
    const ephemeral = room.notice !== null || room.visibility === 'private';
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    await sendComparison(interaction, context, { question, room, ephemeral, startedAt });
  },
} satisfies Command;
