// After an answer is sent: the audit row (who, where, question, quoted paragraph ids, latency) and, when
// the server set one, a short line in the mod-log channel. Neither may ever break the answer itself.
// The pipeline calls this once per answer, whatever the trigger.
import type { Client } from 'discord.js';
import type { Answer } from '../../core/answer/types.js';
import type { Visibility } from '../../policy/channel-policy.js';
import type { GuildSettings } from '../../store/index.js';
import type { QuestionPlace } from '../gates/question-gate.js';
import { formatModLogLine } from '../render/mod-log-line.js';
import { forEdit, toReply } from '../to-reply.js';
import type { BotContext } from '../types.js';

export interface AnsweredQuestion extends Omit<QuestionPlace, 'permissions' | 'parentChannelId'> {
  readonly question: string;
  readonly answer: Answer;
  readonly messageId: string | null;
  readonly visibility: Visibility;
  readonly startedAt: number;
  readonly settings: GuildSettings;
}

/** The /metrics label of a lost audit row: the same operation the store's own write is counted under. */
const AUDIT_OPERATION = 'audit.recordAnswer';

export async function recordAnswer(context: BotContext, client: Client, asked: AnsweredQuestion): Promise<void> {
  const elapsedMs = performance.now() - asked.startedAt;
  const answered = asked.answer.kind === 'quotes';
  context.metrics.recordQuestion(asked.trigger, answered ? 'answered' : 'refused', elapsedMs / 1000);
  if (asked.guildId === null) return;
  const paragraphIds = asked.answer.kind === 'quotes' ? asked.answer.results.map((r) => r.paragraphId) : [];
  const latencyMs = Math.round(elapsedMs);
  // A row given up on, whether refused at once (queue full) or after its retries: counted and logged alike.
  const lost = (fields: Record<string, unknown>, message: string): void => {
    context.metrics.recordDatabaseFailure(AUDIT_OPERATION);
    context.logger.warn(fields, message);
  };
  // Queued, never written here: a locked database must not hold up this or any other answer.
  const queued = context.store.auditQueue.enqueue(
    {
      guildId: asked.guildId,
      channelId: asked.channelId,
      userId: asked.userId,
      question: asked.question,
      paragraphIds,
      answered,
      latencyMs,
      trigger: asked.trigger,
      visibility: asked.visibility,
      messageId: asked.messageId,
    },
    {
      onDropped: (failure, stats) => lost({ reason: failure.message, dropped: stats.dropped }, 'answer not audited'),
    },
  );
  if (queued.kind === 'dropped')
    lost({ dropped: queued.dropped }, 'answer not audited: audit queue full (database busy or down)');

  const modLogId = asked.settings.modLogChannelId;
  if (modLogId === null) return;
  try {
    const channel = await client.channels.fetch(modLogId);
    if (!channel?.isSendable()) throw new Error('mod-log channel is not a text channel the bot can send to');
    // A server's questions never go to another server's channel, whatever the stored setting says.
    if (!('guildId' in channel) || channel.guildId !== asked.guildId)
      throw new Error('mod-log channel is not in the server the question was asked in');
    const line = formatModLogLine({ ...asked, paragraphIds, answered, latencyMs });
    await channel.send(forEdit(toReply({ content: line })));
  } catch (error) {
    context.logger.warn({ err: error, channelId: modLogId }, 'could not post to the mod-log channel');
  }
}
