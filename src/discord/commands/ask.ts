// /ask question:<text> [outlet] [count] [private]: the best quotes, each attributed, with paging.
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import {
  checkQuestion,
  DEFAULT_COUNT,
  type EditReply,
  MAX_QUESTION_LENGTH,
  resolveOutlet,
  sendAnswer,
} from '../ask-flow.js';
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
    const question = interaction.options.getString('question', true);
    const refusal = checkQuestion(question);
    if (refusal) {
      await interaction.reply(toReply({ content: refusal, ephemeral: true }));
      return;
    }
    const outlet = resolveOutlet(context, interaction.options.getString('outlet'));
    if (outlet === null) {
      await interaction.reply(toReply({ content: UNKNOWN_OUTLET_MESSAGE, ephemeral: true }));
      return;
    }
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const count = interaction.options.getInteger('count') ?? DEFAULT_COUNT;
    const edit = (reply: EditReply) => interaction.editReply(reply);
    await sendAnswer(context, { question, outlet, count, ownerId: interaction.user.id, ephemeral }, edit, (_, reply) =>
      edit(reply),
    );
  },
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused().toLowerCase();
    const matches = context.outlets.filter((outlet) => outlet.toLowerCase().includes(typed));
    await interaction.respond(toChoices(matches));
  },
} satisfies Command;
