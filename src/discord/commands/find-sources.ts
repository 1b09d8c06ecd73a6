// Message context menu "Find sources": the target message's text is the question, for checking a claim
// someone made in the channel. The answer is private to whoever asked, so it never shames the author.
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { IN_SERVERS_AND_DMS, INSTALLED_TO } from '../command-contexts.js';
import { defineQuestionCommand, isMessageMenu } from '../pipeline/question-command.js';

export const NO_TEXT_MESSAGE = 'That message has no text to look up.';

export default defineQuestionCommand({
  data: new ContextMenuCommandBuilder()
    .setContexts(...IN_SERVERS_AND_DMS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setName('Find sources')
    .setType(ApplicationCommandType.Message),
  accepts: isMessageMenu,
  readQuestion(interaction) {
    const text = interaction.targetMessage.content;
    return text.trim() === '' ? { refusal: NO_TEXT_MESSAGE } : { text };
  },
  answers: (_interaction, admission) => ({
    kind: 'quotes',
    outlet: undefined,
    count: admission.settings.resultsPerAnswer,
  }),
  visibility: () => 'private',
});
