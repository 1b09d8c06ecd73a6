// /study topic:<text>: posts each outlet's best passage on the topic (the /compare view) and opens a
// thread on it, so the group discusses the sources side by side.
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH, readQuestion } from '../ask-flow.js';
import { admitInteraction } from '../moderation/room-order.js';
import { toReply } from '../to-reply.js';
import type { Command } from '../types.js';
import { sendComparison } from './compare.js';

export const NO_THREAD_MESSAGE =
  'I could not open a thread here (the bot needs the Create Public Threads permission). The passages are above.';
/** Discord's limit for a thread name. */
const MAX_THREAD_NAME = 100;

export default {
  data: new SlashCommandBuilder()
    .setName('study')
    .setDescription('Open a discussion thread with each outlet’s best passage on a topic')
    .setDMPermission(false)
    .addStringOption((o) =>
      o.setName('topic').setDescription('What the group studies').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    ),
  async execute(interaction, context) {
    if (!interaction.isChatInputCommand()) return;
    const topic = await readQuestion(interaction, 'topic');
    if (topic === null) return;
    const startedAt = performance.now();
    const room = await admitInteraction(interaction, context, 'slash');
    if (room === null) return;
    // A study thread is for the group: outside the allowlist the passages still come, privately, with no thread.
    const privately = room.notice !== null;
    await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
    const ask = { question: topic, room, ephemeral: privately, startedAt };
    const { view, sent: message } = await sendComparison(interaction, context, ask);
    if (privately || !view.embeds || view.embeds.length === 0) return;
    try {
      const name = topic.trim().replace(/\s+/g, ' ').slice(0, MAX_THREAD_NAME);
      await message.startThread({ name });
    } catch (error) {
      context.logger.warn({ err: error, interactionId: interaction.id }, 'could not open a study thread');
      await interaction.followUp(toReply({ content: NO_THREAD_MESSAGE, ephemeral: true }));
    }
  },
} satisfies Command;
