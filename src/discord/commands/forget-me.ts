// /forget-me: any member deletes their own questions, votes and removal records in this server; in a
// direct message with the bot, in every server.
import { SlashCommandBuilder } from 'discord.js';
import { IN_SERVERS_AND_DMS, INSTALLED_TO } from '../command-contexts.js';
import { describeStoreFailure } from '../render/store-failure.js';
import { toReply } from '../to-reply.js';
import type { Command } from '../types.js';

export default {
  data: new SlashCommandBuilder()
    .setContexts(...IN_SERVERS_AND_DMS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setName('forget-me')
    .setDescription('Delete the questions and votes this bot has recorded from you (in a DM: in every server)'),
  gate: 'none',
  async execute(interaction, context) {
    if (!interaction.isChatInputCommand()) return;
    const forgotten = context.store.retention.forgetUser(interaction.user.id, interaction.guildId ?? undefined);
    const content = forgotten.ok
      ? `Done: ${forgotten.value.answers} question(s) and ${forgotten.value.votes} vote(s) deleted.`
      : describeStoreFailure('forget-me', forgotten);
    await interaction.reply(toReply({ content, ephemeral: true }));
  },
} satisfies Command<'none'>;
