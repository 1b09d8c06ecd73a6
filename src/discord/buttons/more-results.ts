// "More": the next page of results, replacing the current one. Only the asker can page, so nobody else
// changes an answer under someone's eyes.
import { renderSessionPage } from '../pipeline/answer-page.js';
import { MORE_PREFIX } from '../render/answer-reply.js';
import { forEdit, toReply } from '../to-reply.js';
import type { ButtonHandler } from '../types.js';

export const EXPIRED_MESSAGE = 'These results have expired. Ask again to get fresh ones.';
export const NOT_OWNER_MESSAGE = 'Only the person who asked can page through these results. Ask your own with `/ask`.';

export default {
  prefix: MORE_PREFIX,
  async execute(interaction, args, context) {
    const sessionId = args[0] ?? '';
    const session = context.sessions.get(sessionId);
    if (!session) {
      await interaction.reply(toReply({ content: EXPIRED_MESSAGE, ephemeral: true }));
      return;
    }
    if (interaction.user.id !== session.ownerId) {
      await interaction.reply(toReply({ content: NOT_OWNER_MESSAGE, ephemeral: true }));
      return;
    }
    session.page += 1;
    const page = renderSessionPage(context.indexFor(session.guildId), session, sessionId);
    // Expiry disables what is on show, so the session keeps this page's buttons.
    session.components = page.components ?? [];
    await interaction.update(forEdit(toReply(page)));
  },
} satisfies ButtonHandler;
