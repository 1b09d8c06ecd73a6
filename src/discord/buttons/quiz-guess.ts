// A /quiz guess: right or wrong, and the source, privately to whoever guessed.
import { findParagraph } from '../../core/document/find-paragraph.js';
import { QUIZ_PREFIX, renderQuizReveal } from '../render/quiz-reply.js';
import { toReply } from '../to-reply.js';
import type { ButtonHandler } from '../types.js';

export const QUIZ_GONE_MESSAGE = 'This quiz is no longer in the corpus.';

export default {
  prefix: QUIZ_PREFIX,
  async execute(interaction, args, context) {
    const guessed = context.outlets[Number(args[0])];
    const paragraphId = args.slice(1).join(':');
    const found = findParagraph(context.indexFor(interaction.guildId), paragraphId);
    if (!found || guessed === undefined) {
      await interaction.reply(toReply({ content: QUIZ_GONE_MESSAGE, ephemeral: true }));
      return;
    }
    const content = renderQuizReveal(guessed, found.document, paragraphId);
    await interaction.reply(toReply({ content, ephemeral: true }));
  },
} satisfies ButtonHandler;
