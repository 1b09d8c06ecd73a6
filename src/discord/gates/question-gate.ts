// The `question` gate: whether the bot answers this question here and now. It gathers the inputs of the
// pure rules in src/policy (channel allowlist, mentions switch, cooldown, burst limit), checks the
// question's text, and returns the admission (the server's settings, the default visibility here, and
// the notice a private answer outside the allowlist starts with) or why not, in words a member reads.
import type { BaseInteraction } from 'discord.js';
import { decideChannelPolicy, type Visibility } from '../../policy/channel-policy.js';
import { isModerator } from '../../policy/permissions.js';
import type { RateDecision } from '../../policy/rate-limit.js';
import type { AnswerTrigger, GuildSettings } from '../../store/index.js';
import type { BotContext } from '../types.js';
import { checkQuestion } from './question-text.js';

export interface QuestionPlace {
  readonly trigger: AnswerTrigger;
  readonly guildId: string | null;
  readonly channelId: string;
  readonly parentChannelId: string | null;
  readonly userId: string;
  readonly permissions: bigint | string | null | undefined;
}

export interface Admission {
  readonly settings: GuildSettings;
  /** The default visibility here: the server's, or public for a mention. */
  readonly visibility: Visibility;
  /** Set outside the allowlist: the private answer starts by pointing to the allowed channels. */
  readonly notice: string | null;
}

export type QuestionGateResult =
  | { readonly kind: 'admitted'; readonly admission: Admission }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'silent' };

/** What a member sees when an interaction meets a rule that keeps a mention silent. */
export const QUIET_HERE_MESSAGE = 'I do not answer here. Ask a moderator where questions go in this server.';

/** The line a private answer outside the allowlist starts with: where to ask next time. */
export function describeAllowedChannels(allowedChannelIds: readonly string[]): string {
  return `In this server I answer in ${allowedChannelIds.map((id) => `<#${id}>`).join(', ')}. Here is your answer, privately.`;
}

/** The private reply to a limited request; in a direct message the burst limit is the person's own. */
export function describeRateLimit(decision: Extract<RateDecision, { kind: 'limited' }>, inServer: boolean): string {
  const wait = `try again in ${decision.retryAfterSeconds} s.`;
  if (decision.reason === 'cooldown') return `You are asking quickly: ${wait}`;
  return inServer ? `This server is asking a lot right now: ${wait}` : `You are asking a lot right now: ${wait}`;
}

/**
 * The burst limit's bucket: the server, or in a direct message the person alone, so one busy DM never
 * slows anyone else's.
 */
export function toRateBucket(place: Pick<QuestionPlace, 'guildId' | 'userId'>): string {
  return place.guildId ?? `dm:${place.userId}`;
}

/**
 * The rules in order: where (a mention outside the allowlist, or with mentions off, stays silent), then
 * the question itself (null: the command asks none), then how often, so a refused question costs no
 * cooldown. Direct messages have no server rules: the defaults apply, with limits per person.
 */
export function admitQuestion(context: BotContext, place: QuestionPlace, question: string | null): QuestionGateResult {
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
  const refusal = question === null ? null : checkQuestion(question);
  if (refusal !== null) return { kind: 'refused', message: refusal };
  const rate = context.rateLimiter.check({
    guildId: toRateBucket(place),
    userId: place.userId,
    cooldownSeconds: settings.cooldownSeconds,
    isModerator: isModerator(place.permissions),
    now: context.now(),
  });
  if (rate.kind === 'limited') {
    // A mention cannot get a private reply; a public "slow down" would be noise, so it stays silent.
    return place.trigger === 'mention'
      ? { kind: 'silent' }
      : { kind: 'refused', message: describeRateLimit(rate, place.guildId !== null) };
  }
  if (policy.kind === 'answer-privately') {
    const notice = describeAllowedChannels(policy.allowedChannelIds);
    return { kind: 'admitted', admission: { settings, visibility: 'private', notice } };
  }
  return { kind: 'admitted', admission: { settings, visibility: policy.visibility, notice: null } };
}

/** Where an interaction came from, as the gate and the audit log need it. */
export function placeOfInteraction(interaction: BaseInteraction, trigger: AnswerTrigger): QuestionPlace {
  const channel = interaction.channel;
  return {
    trigger,
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    parentChannelId: channel?.isThread() ? channel.parentId : null,
    userId: interaction.user.id,
    permissions: interaction.memberPermissions?.bitfield ?? null,
  };
}
