// "Helpful" / "Not relevant": one vote per member per answer, stored with the quoted paragraph ids so
// `npm run eval -- --feedback DATABASE` can turn real use into a question set.
import type { FeedbackVote } from '../../store/index.js';
import { FEEDBACK_PREFIX } from '../render/answer-reply.js';
import { describeStoreFailure } from '../render/store-failure.js';
import { toReply } from '../to-reply.js';
import type { ButtonHandler } from '../types.js';

export const VOTE_MESSAGES = {
  recorded: 'Thanks, your vote is recorded.',
  changed: 'Thanks, your vote is changed.',
  unchanged: 'You already voted that way on this answer.',
  'unknown-answer': 'This answer is no longer in the log, so it cannot take votes.',
} as const;

export default {
  prefix: FEEDBACK_PREFIX,
  async execute(interaction, args, context) {
    const vote: FeedbackVote = args[0] === 'helpful' ? 'helpful' : 'not-relevant';
    const outcome = context.store.feedback.recordVote(interaction.message.id, interaction.user.id, vote);
    const content = outcome.ok ? VOTE_MESSAGES[outcome.value.kind] : describeStoreFailure('record-vote', outcome);
    await interaction.reply(toReply({ content, ephemeral: true }));
  },
} satisfies ButtonHandler;
