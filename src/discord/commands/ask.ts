// /ask question:<text> [outlet] [count] [private]: the best quotes, each attributed, with paging.
import { SlashCommandBuilder } from 'discord.js';
import { describeRange, SETTING_RANGES } from '../../store/index.js';
import { IN_SERVERS_AND_DMS, INSTALLED_TO } from '../command-contexts.js';
import { MAX_QUESTION_LENGTH, resolveOutlet } from '../gates/question-text.js';
import { defineQuestionCommand, isSlashCommand } from '../pipeline/question-command.js';
import { UNKNOWN_OUTLET_MESSAGE } from '../render/answer-reply.js';
import { toChoices } from '../to-reply.js';

/** A member's own count has the range of the server's results-per-answer setting. */
const COUNT = SETTING_RANGES.resultsPerAnswer;

export default defineQuestionCommand({
  data: new SlashCommandBuilder()
    .setName('ask')
    .setContexts(...IN_SERVERS_AND_DMS)
    .setIntegrationTypes(...INSTALLED_TO)
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
      o
        .setName('count')
        .setDescription(`How many quotes (${describeRange(COUNT)}, default ${COUNT.default})`)
        .setMinValue(COUNT.min)
        .setMaxValue(COUNT.max),
    )
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer')),
  accepts: isSlashCommand,
  readQuestion(interaction, context) {
    if (resolveOutlet(context.outlets, interaction.options.getString('outlet')) === null)
      return { refusal: UNKNOWN_OUTLET_MESSAGE };
    return { text: interaction.options.getString('question', true) };
  },
  answers: (interaction, admission, context) => ({
    kind: 'quotes',
    outlet: resolveOutlet(context.outlets, interaction.options.getString('outlet')) ?? undefined,
    count: interaction.options.getInteger('count') ?? admission.settings.resultsPerAnswer,
  }),
  // The member's own choice wins over the server default, except outside the allowlist: private there.
  visibility(interaction, admission) {
    if (admission.notice !== null) return 'private';
    const chosen = interaction.options.getBoolean('private');
    return (chosen ?? admission.visibility === 'private') ? 'private' : 'public';
  },
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused().toLowerCase();
    await interaction.respond(toChoices(context.outlets.filter((outlet) => outlet.toLowerCase().includes(typed))));
  },
});
