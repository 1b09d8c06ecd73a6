// Where the bot answers. A slash command outside the allowlist gets a private pointer to the allowed
// channels (the member asked the bot directly, silence would look broken); a mention there gets silence
// (answering would put the bot in a channel the moderators kept it out of). Pure: decisions only; the
// words a member reads are chosen in src/discord/gates.
import type { AnswerTrigger } from '../store/index.js';

export type Visibility = 'public' | 'private';

export interface ChannelPolicyInput {
  readonly trigger: AnswerTrigger;
  readonly channelId: string;
  /** A thread's parent channel: a thread inside an allowed channel is allowed. */
  readonly parentChannelId?: string | null;
  readonly allowedChannelIds: readonly string[];
  readonly answerMentions: boolean;
  /** The server's default visibility. */
  readonly visibility: Visibility;
}

export type ChannelDecision =
  | { readonly kind: 'answer'; readonly visibility: Visibility }
  | { readonly kind: 'answer-privately'; readonly allowedChannelIds: readonly string[] }
  | { readonly kind: 'stay-silent'; readonly reason: 'mentions-off' | 'outside-allowlist' };

export function decideChannelPolicy(input: ChannelPolicyInput): ChannelDecision {
  if (input.trigger === 'mention' && !input.answerMentions) return { kind: 'stay-silent', reason: 'mentions-off' };
  const allowed =
    input.allowedChannelIds.length === 0 ||
    input.allowedChannelIds.includes(input.channelId) ||
    (input.parentChannelId != null && input.allowedChannelIds.includes(input.parentChannelId));
  if (allowed) {
    // A mention is a public message, so its answer is public too; an ephemeral reply cannot answer one.
    return { kind: 'answer', visibility: input.trigger === 'mention' ? 'public' : input.visibility };
  }
  if (input.trigger === 'mention') return { kind: 'stay-silent', reason: 'outside-allowlist' };
  return { kind: 'answer-privately', allowedChannelIds: input.allowedChannelIds };
}
