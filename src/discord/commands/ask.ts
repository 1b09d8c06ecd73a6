// /ask question:<text> [outlet] [count] [private]: the best quotes, each attributed, with paging.
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { type EditReply, MAX_QUESTION_LENGTH, readQuestion, resolveOutlet, sendAnswer } from '../ask-flow.js';
import { recordAnswer } from '../moderation/record-answer.js';
import { admitInteraction, placeOfInteraction } from '../moderation/room-order.js';
import { UNKNOWN_OUTLET_MESSAGE } from '../render/answer-reply.js';
import { toChoices, toReply } from '../to-reply.js';
import type { Command } from '../types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Answer a question with verbatim quotes from the news corpus')
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('What do you want to know?')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addStringOption((o) => o.setName('outlet').setDescription('Only quote this outlet').setAutocomplete(true))
    .addIntegerOption((o) =>
      o.setName('count').setDescription('How many quotes (1 to 5, default 3)').setMinValue(1).setMaxValue(5),
    )
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer')),
  async execute(interaction, context) {
    if (!interaction.isChatInputCommand()) return;
    const question = await readQuestion(interaction, 'question');
    if (question === null) return;
    const outlet = resolveOutlet(context, interaction.options.getString('outlet'));
    if (outlet === null) {
      await interaction.reply(toReply({ content: UNKNOWN_OUTLET_MESSAGE, ephemeral: true }));
      return;
    }
    const startedAt = performance.now();
    const room = await admitInteraction(interaction, context, 'slash');
    if (room === null) return;
    const chosen = interaction.options.getBoolean('private');
    // The member's own choice wins over the server default, except outside the allowlist: private there.
    const ephemeral = room.notice !== null || (chosen ?? room.visibility === 'private');
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const count = interaction.options.getInteger('count') ?? room.settings.resultsPerAnswer;
    const edit = (reply: EditReply) => interaction.editReply(reply);
    const request = {
      question,
      outlet,
      count,
      ownerId: interaction.user.id,
      ephemeral,
      moderationButtons: !ephemeral,
      enabledOutlets: room.settings.enabledOutlets,
      notice: room.notice,
    };
    const { answer, sent } = await sendAnswer(context, request, edit, (_, reply) => edit(reply));
    await recordAnswer(context, interaction.client, {
      ...placeOfInteraction(interaction, 'slash'),
      question,
      answer,
      messageId: sent.id,
      visibility: ephemeral ? 'private' : 'public',
      startedAt,
      settings: room.settings,
    });
  },
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused().toLowerCase();
    const matches = context.outlets.filter((outlet) => outlet.toLowerCase().includes(typed));
    await interaction.respond(toChoices(matches));
  },
} satisfies Command;
