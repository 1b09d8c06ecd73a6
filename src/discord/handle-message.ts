// A mention with a question: the bot replies to that message with the same answer /ask gives. Discord
// sends the content of messages that mention the bot even without the Message Content intent.
import type { Message } from 'discord.js';
import { checkQuestion, DEFAULT_COUNT, sendAnswer } from './ask-flow.js';
import { forEdit, toReply } from './to-reply.js';
import type { BotContext } from './types.js';

/** The question without the bot's own mention tokens (`<@id>` or the legacy `<@!id>`). */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  const botId = message.client.user.id;
  // Only direct mentions: not @everyone, not a role, not replies that merely ping the bot back.
  if (message.author.bot || !new RegExp(`<@!?${botId}>`).test(message.content)) return;
  const started = performance.now();
  const log = context.logger.child({ messageId: message.id, command: 'mention', userId: message.author.id });
  try {
    const question = stripBotMention(message.content, botId);
    const refusal = checkQuestion(question);
    if (refusal) {
      await message.reply(forEdit(toReply({ content: refusal })));
    } else {
      const request = { question, outlet: undefined, count: DEFAULT_COUNT, ownerId: message.author.id };
      await sendAnswer(
        context,
        { ...request, ephemeral: false },
        (reply) => message.reply(reply),
        (sent, reply) => sent.edit(reply),
      );
    }
    log.info({ latencyMs: Math.round(performance.now() - started) }, 'mention answered');
  } catch (error) {
    log.error({ err: error }, 'mention failed');
  }
}
