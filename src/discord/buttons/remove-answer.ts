// "Remove": the member who asked, or a moderator, deletes the answer; the removal goes to the audit log.
import { MessageFlags } from 'discord.js';
import { decideRemoval } from '../../policy/decide-removal.js';
import { isModerator } from '../../policy/permissions.js';
import { REMOVE_PREFIX } from '../render/answer-reply.js';
import { describeStoreFailure } from '../render/store-failure.js';
import { forEdit, toReply } from '../to-reply.js';
import type { ButtonHandler } from '../types.js';

export const UNKNOWN_ANSWER_MESSAGE =
  'I have no record of who asked for this answer, so only a moderator can remove it.';
export const NOT_ASKER_MESSAGE = 'Only the member who asked, or a moderator, can remove this answer.';
export const REMOVED_MESSAGE = 'The answer is removed.';
export const NOT_REMOVED_MESSAGE =
  'Discord did not let me delete that answer (it may already be gone). Nothing was logged as removed.';

export default {
  prefix: REMOVE_PREFIX,
  async execute(interaction, _args, context) {
    const messageId = interaction.message.id;
    const found = context.store.audit.findByMessageId(messageId);
    const moderator = isModerator(interaction.memberPermissions?.bitfield);
    const askerId = found.ok ? found.value?.userId : undefined;
    if (askerId === undefined && !moderator) {
      const content = found.ok ? UNKNOWN_ANSWER_MESSAGE : describeStoreFailure('find-answer', found);
      await interaction.reply(toReply({ content, ephemeral: true }));
      return;
    }
    const decision = decideRemoval({
      askerId: askerId ?? '',
      actorId: interaction.user.id,
      actorIsModerator: moderator,
    });
    if (decision.kind === 'denied') {
      await interaction.reply(toReply({ content: NOT_ASKER_MESSAGE, ephemeral: true }));
      return;
    }
    // Acknowledge first (the deletion is a second request), then delete, then log what happened.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      await interaction.message.delete();
    } catch (error) {
      context.logger.warn({ err: error, messageId }, 'answer not removed: Discord refused the deletion');
      await interaction.editReply(forEdit(toReply({ content: NOT_REMOVED_MESSAGE })));
      return;
    }
    const logged = context.store.audit.recordRemoval(messageId, interaction.user.id, decision.role);
    if (!logged.ok) context.logger.warn({ reason: logged.message }, 'removal not logged: database unavailable');
    await interaction.editReply(forEdit(toReply({ content: REMOVED_MESSAGE })));
  },
} satisfies ButtonHandler;
