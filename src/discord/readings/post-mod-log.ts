// One line in a server's mod-log channel, when it has one. Never throws: a missing channel or a refused
// send is logged, and the change it reports stands.
import type { Client } from 'discord.js';
import { forEdit, toReply } from '../to-reply.js';
import type { BotContext } from '../types.js';

export async function postModLog(
  context: Pick<BotContext, 'store' | 'logger'>,
  client: Client,
  guildId: string,
  line: string,
): Promise<void> {
  const channelId = context.store.settings.get(guildId).modLogChannelId;
  if (channelId === null) return;
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) throw new Error('mod-log channel is not a text channel the bot can send to');
    await channel.send(forEdit(toReply({ content: line })));
  } catch (error) {
    context.logger.warn({ err: error, channelId }, 'could not post to the mod-log channel');
  }
}
