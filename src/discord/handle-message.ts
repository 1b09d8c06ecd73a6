// A mention with a question: the bot replies to that message with the same answer /ask gives. Discord
// sends the content of messages that mention the bot even without the Message Content intent.
import type { Message } from 'discord.js';
import { checkQuestion, sendAnswer } from './ask-flow.js';
import { recordAnswer } from './moderation/record-answer.js';
import { decideRoomOrder } from './moderation/room-order.js';
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

export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  const botId = message.client.user.id;
  // Only direct mentions: not @everyone, not a role, not replies that merely ping the bot back.
  if (message.author.bot || !new RegExp(`<@!?${botId}>`).test(message.content)) return;
  const started = performance.now();
  const log = context.logger.child({ messageId: message.id, command: 'mention', userId: message.author.id });
  try {
    const question = stripBotMention(message.content, botId);
    const place = {
      trigger: 'mention' as const,
      guildId: message.guildId,
      channelId: message.channelId,
      parentChannelId: message.channel.isThread() ? message.channel.parentId : null,
      userId: message.author.id,
      permissions: memberPermissions(message),
    };
    const room = decideRoomOrder(context, place);
    if (room.kind !== 'answer') {
      context.metrics.recordQuestion('mention', 'refused', (performance.now() - started) / 1000);
      return;
    }
    const refusal = checkQuestion(question);
    if (refusal) {
      await message.reply(forEdit(toReply({ content: refusal })));
      context.metrics.recordQuestion('mention', 'refused', (performance.now() - started) / 1000);
    } else {
      const request = {
        question,
        outlet: undefined,
        count: room.settings.resultsPerAnswer,
        ownerId: message.author.id,
        ephemeral: false,
        moderationButtons: true,
        enabledOutlets: room.settings.enabledOutlets,
      };
      const { answer, sent } = await sendAnswer(
        context,
        request,
        (reply) => message.reply(reply),
        (sentMessage, reply) => sentMessage.edit(reply),
      );
      await recordAnswer(context, message.client, {
        ...place,
        question,
        answer,
        messageId: sent.id,
        visibility: 'public',
        startedAt: started,
        settings: room.settings,
      });
    }
    log.info({ latencyMs: Math.round(performance.now() - started) }, 'mention answered');
  } catch (error) {
    log.error({ err: error }, 'mention failed');
    context.metrics.recordInteractionError('mention');
    context.metrics.recordQuestion('mention', 'error', (performance.now() - started) / 1000);
  }
}
