// "Show context n": the quoted paragraph in full with its neighbours, privately to whoever pressed it.
// Stateless (the paragraph id is in the custom id), so it works for anyone while the button is live.
import { CONTEXT_PREFIX } from '../render/answer-reply.js';
import { renderParagraphContext } from '../render/context-reply.js';
import { toReply } from '../to-reply.js';
import type { ButtonHandler } from '../types.js';

export default {
  prefix: CONTEXT_PREFIX,
  async execute(interaction, args, context) {
    const paragraphId = args.join(':');
    await interaction.reply(toReply(renderParagraphContext(context.indexFor(interaction.guildId), paragraphId, true)));
  },
} satisfies ButtonHandler;
