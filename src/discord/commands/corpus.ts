// /corpus reload: the bot owner forces the same reload the folder watcher runs, and hears the outcome.
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { IN_SERVERS, INSTALLED_TO } from '../command-contexts.js';
import { MODERATOR_PERMISSION } from '../gates/moderator-gate.js';
import { describeProblem } from '../readings/corpus-updates.js';
import { isBotOwner } from '../readings/is-bot-owner.js';
import { forEdit, toReply } from '../to-reply.js';
import type { Command } from '../types.js';

export const NOT_OWNER_MESSAGE = "Only the bot's owner can reload the shared corpus.";

export default {
  data: new SlashCommandBuilder()
    .setName('corpus')
    .setContexts(...IN_SERVERS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setDescription('Bot owner: the shared corpus every server reads')
    .setDefaultMemberPermissions(MODERATOR_PERMISSION)
    .addSubcommand((s) => s.setName('reload').setDescription('Load CORPUS_DIR again now (it is also watched)')),
  // Not the moderator gate: ownership is checked inside (the owner may be in any server).
  gate: 'none',
  async execute(interaction, context) {
    if (!interaction.isChatInputCommand()) return;
    // Fetching the application to check ownership may take longer than Discord's 3 s.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    if (!(await isBotOwner(interaction, context.readings.ownerGuildId))) {
      await interaction.editReply(forEdit(toReply({ content: NOT_OWNER_MESSAGE })));
      return;
    }
    const outcome = context.corpusUpdates.reload('command');
    const content =
      outcome.kind === 'reloaded'
        ? `Reloaded: ${outcome.snapshot.index.documents.length} documents, ${outcome.snapshot.index.paragraphs.length} paragraphs (${outcome.ms} ms).`
        : `Not reloaded: ${describeProblem(outcome)}. Still answering from the previous corpus.`;
    await interaction.editReply(forEdit(toReply({ content })));
  },
} satisfies Command<'none'>;
