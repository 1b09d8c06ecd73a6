// The one way a question is answered, whatever asked it (/ask, /compare, /study, Find sources, a
// mention): choose visibility → defer → build the answer → send → open paging → record. The trigger
// supplies only how to talk back (a Replier) and what it asked for; the router's `question` gate has
// already read the question and admitted it.
import type { Client } from 'discord.js';
import { compareOutlets, listOutlets, toComparisonAnswer } from '../../core/answer/compare-outlets.js';
import type { Answer } from '../../core/answer/types.js';
import type { SearchIndex } from '../../core/retrieval/build-index.js';
import type { Visibility } from '../../policy/channel-policy.js';
import { DISCORD_LIMITS } from '../discord-limits.js';
import type { Admission, QuestionPlace } from '../gates/question-gate.js';
import { isModerationButton, renderAnswer, withModerationRow } from '../render/answer-reply.js';
import { renderComparison } from '../render/comparison-reply.js';
import { type DiscordReply, forEdit, type ReplySpec, toExpiredEdit, toReply } from '../to-reply.js';
import type { BotContext } from '../types.js';
import { answerPage } from './answer-page.js';
import { recordAnswer } from './record-answer.js';
import type { AskSession } from './sessions.js';

/** What a trigger answers: paged quotes (optionally one outlet), or each outlet's best quote. */
export type AnswerRequest =
  | { readonly kind: 'quotes'; readonly outlet: string | undefined; readonly count: number }
  | { readonly kind: 'comparison' };

export type EditReply = Omit<DiscordReply, 'flags'>;

/** How a trigger talks back: an interaction defers and edits its reply; a mention replies to the message. */
export interface Replier<Sent> {
  readonly client: Client;
  defer(ephemeral: boolean): Promise<void>;
  send(reply: EditReply): Promise<Sent>;
  /** A later edit of the sent answer: its expired buttons disabled. */
  edit(sent: Sent, edit: ReturnType<typeof toExpiredEdit>): Promise<unknown>;
  messageId(sent: Sent): string;
}

export interface QuestionToAnswer {
  readonly question: string;
  readonly place: QuestionPlace;
  readonly admission: Admission;
  readonly startedAt: number;
  readonly answers: AnswerRequest;
  readonly visibility: Visibility;
}

export interface AnsweredInPipeline<Sent> {
  readonly sent: Sent;
  readonly answer: Answer;
  readonly visibility: Visibility;
}

interface View {
  readonly reply: ReplySpec;
  readonly answer: Answer;
  /** Set when the answer pages: the session to open once the message exists. */
  readonly session?: { readonly id: string; readonly state: AskSession };
}

function withNotice(reply: ReplySpec, notice: string | null): ReplySpec {
  if (!notice) return reply;
  return { ...reply, content: reply.content ? `${notice}\n${reply.content}` : notice };
}

function buildView(context: BotContext, index: SearchIndex, asked: QuestionToAnswer): View {
  const { settings } = asked.admission;
  // Helpful / Not relevant / Remove need an audited answer, and only answers in a server are audited.
  const moderationButtons = asked.visibility === 'public' && asked.place.guildId !== null;
  if (asked.answers.kind === 'comparison') {
    const enabled = settings.enabledOutlets;
    const outlets = enabled === null ? null : listOutlets(index).filter((o) => enabled.includes(o));
    const comparison = compareOutlets(index, asked.question, outlets);
    const reply = renderComparison(comparison);
    // The log holds what was shown: Discord takes at most ten embeds.
    const shown = comparison.kind === 'compared' ? comparison.results.slice(0, DISCORD_LIMITS.embeds) : [];
    const answer = toComparisonAnswer(comparison.kind === 'compared' ? { ...comparison, results: shown } : comparison);
    const quoted = answer.kind === 'quotes' && answer.results.length > 0;
    return { reply: moderationButtons && quoted ? withModerationRow(reply) : reply, answer };
  }
  const state: AskSession = {
    guildId: asked.place.guildId,
    question: asked.question,
    outlet: asked.answers.outlet,
    count: asked.answers.count,
    ownerId: asked.place.userId,
    moderationButtons,
    enabledOutlets: settings.enabledOutlets,
    page: 0,
    components: [],
  };
  const { answer, hasMore } = answerPage(index, state);
  if (answer.kind === 'no-match') return { reply: renderAnswer(answer, { firstNumber: 1, hasMore }), answer };
  const id = context.sessions.create(state);
  const reply = renderAnswer(answer, { firstNumber: 1, sessionId: id, hasMore, moderationButtons });
  state.components = reply.components ?? [];
  return { reply, answer, session: { id, state } };
}

export async function answerThroughPipeline<Sent>(
  context: BotContext,
  asked: QuestionToAnswer,
  replier: Replier<Sent>,
): Promise<AnsweredInPipeline<Sent>> {
  await replier.defer(asked.visibility === 'private');
  const view = buildView(context, context.indexFor(asked.place.guildId), asked);
  let sent: Sent;
  try {
    sent = await replier.send(forEdit(toReply(withNotice(view.reply, asked.admission.notice))));
  } catch (error) {
    if (view.session) context.sessions.delete(view.session.id);
    throw error;
  }
  // Paging: the clock starts once the message exists; on expiry the buttons on show are disabled.
  if (view.session) {
    context.sessions.arm(view.session.id, async (session) => {
      try {
        await replier.edit(sent, toExpiredEdit(session.components, isModerationButton));
      } catch (error) {
        context.logger.warn({ err: error }, 'could not disable expired buttons');
      }
    });
  }
  await recordAnswer(context, replier.client, {
    trigger: asked.place.trigger,
    guildId: asked.place.guildId,
    channelId: asked.place.channelId,
    userId: asked.place.userId,
    question: asked.question,
    answer: view.answer,
    messageId: replier.messageId(sent),
    visibility: asked.visibility,
    startedAt: asked.startedAt,
    settings: asked.admission.settings,
  });
  return { sent, answer: view.answer, visibility: asked.visibility };
}
