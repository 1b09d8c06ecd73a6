// A /quiz guess: right or wrong, and the source, privately to whoever guessed.

import { QUIZ_PREFIX } from '../commands/quiz.js';
import { toReply } from '../to-reply.js';
import type { ButtonHandler } from '../types.js';

export default {
  prefix: QUIZ_PREFIX,
  async execute(interaction, args, context) {
    const guessed = context.outlets[Number(args[0])];
    const paragraphId = args.slice(1).join(':');
    const entry = context.index.paragraphs.find((p) => p.paragraph.id === paragraphId);
    if (!entry || guessed === undefined) {
      await interaction.reply(toReply({ content: 'This quiz is no longer in the corpus.', ephemeral: true }));
      return;
    }
    const { document } = entry;
    const verdict = guessed === document.outlet ? 'Right!' : `Not quite: you guessed ${guessed}.`;
    const author = document.author ? `, ${document.author}` : '';
    const content = `${verdict} It is from ${document.outlet}, \u201C${document.title}\u201D${author} (${paragraphId}).`;
    await interaction.reply(toReply({ content, ephemeral: true }));
  },
} satisfies ButtonHandler;
