// /quiz: a verbatim quote with its source hidden, and one button per outlet to guess who published it.
// The answer (outlet, title, paragraph id) is revealed privately to whoever guesses.
import { SlashCommandBuilder } from 'discord.js';
import { pickQuiz } from '../../core/answer/pick-quiz.js';
import { IN_SERVERS_AND_DMS, INSTALLED_TO } from '../command-contexts.js';
import { DISCORD_LIMITS } from '../discord-limits.js';
import { renderQuiz } from '../render/quiz-reply.js';
import { type ReplySpec, toReply } from '../to-reply.js';
import type { Command } from '../types.js';

export const NOT_ENOUGH_OUTLETS_MESSAGE = 'A quiz needs at least two outlets in the corpus.';
export const NO_QUIZ_PARAGRAPH_MESSAGE = 'I could not find a paragraph to quiz on here. Please try again.';
/** Draws before giving up when paragraph ids are too long for a button's custom id (which is never cut). */
const MAX_DRAWS = 10;

export default {
  data: new SlashCommandBuilder()
    .setContexts(...IN_SERVERS_AND_DMS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setName('quiz')
    .setDescription('Guess which outlet published a quote'),
  gate: 'question',
  async execute(interaction, context, { admission, place }) {
    const enabled = admission.settings.enabledOutlets;
    const choices = context.outlets
      .filter((o) => enabled?.includes(o) ?? true)
      .slice(0, DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rowsPerMessage);
    let view: ReplySpec | null = null;
    const index = context.indexFor(place.guildId);
    for (let draw = 0; view === null && choices.length >= 2 && draw < MAX_DRAWS; draw += 1) {
      const quiz = pickQuiz(index, enabled, context.random());
      if (quiz === undefined) break;
      view = renderQuiz(quiz, choices, context.outlets);
    }
    if (view === null) {
      const content = choices.length < 2 ? NOT_ENOUGH_OUTLETS_MESSAGE : NO_QUIZ_PARAGRAPH_MESSAGE;
      await interaction.reply(toReply({ content, ephemeral: true }));
      return;
    }
    const ephemeral = admission.visibility === 'private' || admission.notice !== null;
    await interaction.reply(toReply({ ...view, ephemeral }));
  },
} satisfies Command<'question'>;
