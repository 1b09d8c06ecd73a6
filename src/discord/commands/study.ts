// /study topic:<text>: posts each outlet's best passage on the topic (the /compare view) and opens a
// thread on it, so the group discusses the sources side by side.
import { SlashCommandBuilder } from 'discord.js';
import { IN_SERVERS, INSTALLED_TO } from '../command-contexts.js';
import { MAX_QUESTION_LENGTH } from '../gates/question-text.js';
import { defineQuestionCommand, isSlashCommand } from '../pipeline/question-command.js';
import { toThreadName } from '../render/thread-name.js';
import { toReply } from '../to-reply.js';

export const NO_THREAD_MESSAGE =
  'I could not open a thread here (the bot needs the Create Public Threads permission). The passages are above.';

export default defineQuestionCommand({
  data: new SlashCommandBuilder()
    .setName('study')
    .setContexts(...IN_SERVERS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setDescription('Open a discussion thread with each outlet’s best passage on a topic')
    .addStringOption((o) =>
      o.setName('topic').setDescription('What the group studies').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    ),
  accepts: isSlashCommand,
  readQuestion: (interaction) => ({ text: interaction.options.getString('topic', true) }),
  answers: () => ({ kind: 'comparison' }),
  // A study thread is for the group: outside the allowlist the passages still come, privately, with no thread.
  visibility: (_interaction, admission) => (admission.notice !== null ? 'private' : 'public'),
  async afterSend(interaction, context, answered) {
    const quoted = answered.answer.kind === 'quotes' && answered.answer.results.length > 0;
    if (answered.visibility === 'private' || !quoted) return;
    try {
      await answered.sent.startThread({ name: toThreadName(interaction.options.getString('topic', true)) });
    } catch (error) {
      context.logger.warn({ err: error, interactionId: interaction.id }, 'could not open a study thread');
      await interaction.followUp(toReply({ content: NO_THREAD_MESSAGE, ephemeral: true }));
    }
  },
});
