// A mention with a question: the bot replies to that message with the same answer /ask gives, through
// the same gate and pipeline. Discord sends the content of messages that mention the bot even without
// the Message Content intent.
import type { Message } from 'discord.js';
import { admitQuestion, type QuestionPlace } from './gates/question-gate.js';
import { answerThroughPipeline, type Replier } from './pipeline/answer-pipeline.js';
import { forEdit, toReply } from './to-reply.js';
import type { BotContext } from './types.js';

/** The question without the bot's own mention tokens (`<@id>` or the legacy `<@!id>`). */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

/** The author's server permissions, when discord.js can work them out from its cache; else unknown. */
function memberPermissions(message: Message): bigint | null {
  try {
    return message.member?.permissions.bitfield ?? null;
  } catch {
    return null;
  }
}

/** A mention talks back by replying to the message, and later edits the bot's own reply. */
function replyToMessage(message: Message): Replier<Message> {
  return {
    client: message.client,
    defer: async () => {},
    send: (reply) => message.reply(reply),
    edit: (sent, edit) => sent.edit(edit),
    messageId: (sent) => sent.id,
  };
}

export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  const botId = message.client.user.id;
  // Only direct mentions: not @everyone, not a role, not replies that merely ping the bot back.
  if (message.author.bot || !new RegExp(`<@!?${botId}>`).test(message.content)) return;
  const started = performance.now();
  const log = context.logger.child({ messageId: message.id, command: 'mention', userId: message.author.id });
  try {
    const question = stripBotMention(message.content, botId);
    const place: QuestionPlace = {
      trigger: 'mention',
      guildId: message.guildId,
      channelId: message.channelId,
      parentChannelId: message.channel.isThread() ? message.channel.parentId : null,
      userId: message.author.id,
      permissions: memberPermissions(message),
    };
    const gate = admitQuestion(context, place, question);
    const refused = () => context.metrics.recordQuestion('mention', 'refused', (performance.now() - started) / 1000);
    if (gate.kind === 'silent') {
      refused();
      return;
    }
    if (gate.kind === 'refused') {
      await message.reply(forEdit(toReply({ content: gate.message })));
      refused();
    } else {
      const { admission } = gate;
      const answers = { kind: 'quotes', outlet: undefined, count: admission.settings.resultsPerAnswer } as const;
      const asked = { question, place, admission, startedAt: started, answers, visibility: 'public' } as const;
      await answerThroughPipeline(context, asked, replyToMessage(message));
    }
    log.info({ latencyMs: Math.round(performance.now() - started) }, 'mention answered');
  } catch (error) {
    log.error({ err: error }, 'mention failed');
    context.metrics.recordInteractionError('mention');
    context.metrics.recordQuestion('mention', 'error', (performance.now() - started) / 1000);
  }
}
