// Message context menu "Find sources": the target message's text is the question, for checking a claim
// someone made in the channel. The answer is private to whoever asked, so it never shames the author.
import { ApplicationCommandType, ContextMenuCommandBuilder, MessageFlags } from 'discord.js';
import { checkQuestion, type EditReply, sendAnswer } from '../ask-flow.js';
import { recordAnswer } from '../moderation/record-answer.js';
import { admitInteraction, placeOfInteraction } from '../moderation/room-order.js';
import { toReply } from '../to-reply.js';
import type { Command } from '../types.js';

export const NO_TEXT_MESSAGE = 'That message has no text to look up.';

export default {
  data: new ContextMenuCommandBuilder().setName('Find sources').setType(ApplicationCommandType.Message),
  async execute(interaction, context) {
    if (!interaction.isMessageContextMenuCommand()) return;
    const text = interaction.targetMessage.content;
    const refusal = text.trim() === '' ? NO_TEXT_MESSAGE : checkQuestion(text);
    if (refusal) {
      await interaction.reply(toReply({ content: refusal, ephemeral: true }));
      return;
    }
    const startedAt = performance.now();
    const place = placeOfInteraction(interaction, 'context-menu');
    const room = await admitInteraction(interaction, context, 'context-menu');
    if (room === null) return;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const request = {
      question: text,
      outlet: undefined,
      count: room.settings.resultsPerAnswer,
      ownerId: interaction.user.id,
      enabledOutlets: room.settings.enabledOutlets,
      notice: room.notice,
    };
    const edit = (reply: EditReply) => interaction.editReply(reply);
    const { answer, sent } = await sendAnswer(context, { ...request, ephemeral: true }, edit, (_, reply) =>
      edit(reply),
    );
    await recordAnswer(context, interaction.client, {
      ...place,
      question: text,
      answer,
      messageId: sent.id,
      visibility: 'private',
      startedAt,
      settings: room.settings,
    });
  },
} satisfies Command;
