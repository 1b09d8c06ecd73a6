// Where and how often the bot answers, per server: the moderators' settings applied to one question.
// The decisions themselves are pure (src/moderation); this file only gathers their inputs.
import type { BaseInteraction, RepliableInteraction } from 'discord.js';
import type { AnswerTrigger } from '../../moderation/channel-policy.js';
import { decideChannelPolicy, describeAllowedChannels } from '../../moderation/channel-policy.js';
import { isModerator } from '../../moderation/permissions.js';
import { describeRateLimit } from '../../moderation/rate-limit.js';
import type { GuildSettings } from '../../store/index.js';
import { toReply } from '../to-reply.js';
import type { BotContext } from '../types.js';

export interface QuestionPlace {
  readonly trigger: AnswerTrigger;
  readonly guildId: string | null;
  readonly channelId: string;
  readonly parentChannelId: string | null;
  readonly userId: string;
  readonly permissions: bigint | string | null | undefined;
}

export type RoomDecision =
  | {
      readonly kind: 'answer';
      readonly settings: GuildSettings;
      readonly visibility: 'public' | 'private';
      /** Set outside the allowlist: the private answer starts by pointing to the allowed channels. */
      readonly notice: string | null;
    }
  | { readonly kind: 'refuse'; readonly message: string }
  | { readonly kind: 'silent' };

/** Settings, channel allowlist and rate limits for one question. Direct messages have no server rules. */
export function decideRoomOrder(context: BotContext, place: QuestionPlace): RoomDecision {
  const settings = context.store.settings.get(place.guildId ?? 'dm');
  const policy = decideChannelPolicy({
    trigger: place.trigger,
    channelId: place.channelId,
    parentChannelId: place.parentChannelId,
    allowedChannelIds: settings.allowedChannelIds,
    answerMentions: settings.answerMentions,
    visibility: settings.visibility,
  });
  if (policy.kind === 'stay-silent') return { kind: 'silent' };
  const rate = context.rateLimiter.check({
    guildId: place.guildId ?? 'dm',
    userId: place.userId,
    cooldownSeconds: settings.cooldownSeconds,
    isModerator: isModerator(place.permissions),
    now: context.now(),
  });
  if (rate.kind === 'limited') {
    // A mention cannot get a private reply; a public "slow down" would be noise, so it stays silent.
    return place.trigger === 'mention' ? { kind: 'silent' } : { kind: 'refuse', message: describeRateLimit(rate) };
  }
  if (policy.kind === 'answer-privately') {
    return {
      kind: 'answer',
      settings,
      visibility: 'private',
      notice: describeAllowedChannels(policy.allowedChannelIds),
    };
  }
  return { kind: 'answer', settings, visibility: policy.visibility, notice: null };
}

/** What a member sees when mentions are off here (only reachable through a slash-like trigger). */
export const QUIET_HERE_MESSAGE = 'I do not answer here. Ask a moderator where questions go in this server.';

/** Since Discord created the event (clocks differ by a little: never below 0). */
export function secondsSince(createdTimestamp: number): number {
  return Math.max(0, Date.now() - createdTimestamp) / 1000;
}

/** Where an interaction came from, as the room rules and the audit log need it. */
export function placeOfInteraction(interaction: BaseInteraction, trigger: AnswerTrigger) {
  const channel = interaction.channel;
  return {
    trigger,
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    parentChannelId: channel?.isThread() ? channel.parentId : null,
    userId: interaction.user.id,
    permissions: interaction.memberPermissions?.bitfield ?? null,
  } satisfies QuestionPlace;
}

export type AnswerDecision = Extract<RoomDecision, { kind: 'answer' }>;

/**
 * The room rules for a question asked through an interaction: the decision when the bot may answer;
 * otherwise the member has had a private reply saying why (slow down, or not here) and this is null.
 */
export async function admitInteraction(
  interaction: RepliableInteraction,
  context: BotContext,
  trigger: AnswerTrigger,
): Promise<AnswerDecision | null> {
  const room = decideRoomOrder(context, placeOfInteraction(interaction, trigger));
  if (room.kind === 'answer') return room;
  const content = room.kind === 'refuse' ? room.message : QUIET_HERE_MESSAGE;
  await interaction.reply(toReply({ content, ephemeral: true }));
  context.metrics.recordQuestion(trigger, 'refused', secondsSince(interaction.createdTimestamp));
  return null;
}
