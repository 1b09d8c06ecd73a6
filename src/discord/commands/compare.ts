// /compare question:<text>: each outlet's best quote for the same question, strongest match first, so a
// reader sees how different outlets report the same fact (core/answer/compare-outlets.ts).
import { SlashCommandBuilder } from 'discord.js';
import { IN_SERVERS_AND_DMS, INSTALLED_TO } from '../command-contexts.js';
import { MAX_QUESTION_LENGTH } from '../gates/question-text.js';
import { defineQuestionCommand, isSlashCommand } from '../pipeline/question-command.js';

export default defineQuestionCommand({
  data: new SlashCommandBuilder()
    .setName('compare')
    .setContexts(...IN_SERVERS_AND_DMS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setDescription("Each outlet's best quote for the same question, side by side")
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('What do you want to compare?')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    ),
  accepts: isSlashCommand,
  readQuestion: (interaction) => ({ text: interaction.options.getString('question', true) }),
  answers: () => ({ kind: 'comparison' }),
  // Outside the allowlist, or when the server's default is private: only the member sees it.
  visibility: (_interaction, admission) =>
    admission.notice !== null || admission.visibility === 'private' ? 'private' : 'public',
});
