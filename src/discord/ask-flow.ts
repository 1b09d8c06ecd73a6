// What /ask, a mention and "Find sources" share: checking the question, asking the core, paging with
// "More", and disabling the buttons when the session ends.
import type { ChatInputCommandInteraction } from 'discord.js';
import { answerQuestion, narrowOutlets } from '../core/answer/answer-question.js';
import type { Answer } from '../core/answer/types.js';
import { renderAnswer } from './render/answer-reply.js';
import type { AskSession } from './sessions.js';
import type { DiscordReply } from './to-reply.js';
import { forEdit, toReply } from './to-reply.js';
import type { BotContext } from './types.js';

export const MAX_QUESTION_LENGTH = 500;
export const DEFAULT_COUNT = 3;
export const EMPTY_QUESTION_MESSAGE =
  'Ask me a question in words, for example `/ask question: Who is Carter Page?`, and I will quote the sources.';
export const LONG_QUESTION_MESSAGE = `That question is longer than ${MAX_QUESTION_LENGTH} characters. Please ask something shorter.`;

/** A refusal to show the user, or null when the question can be searched. */
export function checkQuestion(question: string): string | null {
  if (question.trim() === '') return EMPTY_QUESTION_MESSAGE;
  if (question.length > MAX_QUESTION_LENGTH) return LONG_QUESTION_MESSAGE;
  return null;
}

/**
 * A slash command's question option, checked: the question when it can be searched; otherwise the member
 * has had a private refusal (empty or too long) and this is null.
 */
export async function readQuestion(interaction: ChatInputCommandInteraction, option: string): Promise<string | null> {
  const question = interaction.options.getString(option, true);
  const refusal = checkQuestion(question);
  if (refusal === null) return question;
  await interaction.reply(toReply({ content: refusal, ephemeral: true }));
  return null;
}

/** The outlet as the corpus spells it. Autocomplete values are cut at 100 characters, so a unique prefix of
 * that length also counts. Undefined input is no filter; null means no such outlet. */
export function resolveOutlet(context: BotContext, input: string | null | undefined): string | undefined | null {
  const wanted = input?.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = context.outlets.find((o) => o.toLowerCase() === wanted);
  if (exact) return exact;
  const prefixed = context.outlets.filter((o) => o.toLowerCase().startsWith(wanted));
  return wanted.length >= 100 && prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

export interface PageRequest {
  readonly question: string;
  readonly outlet: string | undefined;
  readonly count: number;
  readonly page: number;
  /** The server's enabled outlets; null or undefined means every outlet. */
  readonly enabledOutlets?: readonly string[] | null;
}

/** One page of results: the core asked for everything up to the page (plus one, to know if more exist). */
export function answerPage(context: BotContext, request: PageRequest): { answer: Answer; hasMore: boolean } {
  const shown = (request.page + 1) * request.count;
  const answer = answerQuestion(context.index, request.question, {
    top: shown + 1,
    outlets: narrowOutlets(request.outlet, request.enabledOutlets),
  });
  if (answer.kind === 'no-match') return { answer, hasMore: false };
  const results = answer.results.slice(request.page * request.count, shown);
  return { answer: { ...answer, results }, hasMore: answer.results.length > shown };
}

export function renderSessionPage(context: BotContext, session: AskSession, sessionId: string, disabled = false) {
  const { answer, hasMore } = answerPage(context, session);
  return renderAnswer(answer, {
    firstNumber: session.page * session.count + 1,
    sessionId,
    hasMore,
    disabled,
    moderationButtons: session.moderationButtons === true,
  });
}

export interface AskRequest {
  readonly question: string;
  readonly outlet: string | undefined;
  readonly count: number;
  readonly ownerId: string;
  readonly ephemeral: boolean;
  readonly enabledOutlets?: readonly string[] | null;
  /** Public answers get Helpful / Not relevant / Remove. */
  readonly moderationButtons?: boolean;
  /** A fixed line shown above the answer (for example where the server wants questions asked). */
  readonly notice?: string | null;
}

/** What was sent: the Answer (for the audit log) and the sent message, whatever `send` returned. */
export interface SentAnswer<Sent> {
  readonly answer: Answer;
  readonly sent: Sent;
}

function withNotice(reply: EditReply, notice: string | null | undefined): EditReply {
  if (!notice) return reply;
  return { ...reply, content: reply.content ? `${notice}\n${reply.content}` : notice };
}

export type EditReply = Omit<DiscordReply, 'flags'>;

/**
 * Sends the first page of an answer with `send`. When there are quotes, a paging session is opened; its
 * clock starts once the message exists, and on expiry `editLater` disables the buttons (through the
 * interaction token, or by editing the bot's own message).
 */
export async function sendAnswer<Sent>(
  context: BotContext,
  request: AskRequest,
  send: (reply: EditReply) => Promise<Sent>,
  editLater: (sent: Sent, reply: EditReply) => Promise<unknown>,
): Promise<SentAnswer<Sent>> {
  const { answer, hasMore } = answerPage(context, { ...request, page: 0 });
  if (answer.kind === 'no-match') {
    const reply = renderAnswer(answer, { firstNumber: 1, hasMore, ephemeral: request.ephemeral });
    return { answer, sent: await send(withNotice(forEdit(toReply(reply)), request.notice)) };
  }
  const session: AskSession = {
    question: request.question,
    outlet: request.outlet,
    count: request.count,
    ownerId: request.ownerId,
    moderationButtons: request.moderationButtons === true,
    enabledOutlets: request.enabledOutlets ?? null,
    page: 0,
  };
  const sessionId = context.sessions.create(session);
  let sent: Sent;
  try {
    const view = { firstNumber: 1, sessionId, hasMore, moderationButtons: request.moderationButtons === true };
    sent = await send(withNotice(forEdit(toReply(renderAnswer(answer, view))), request.notice));
  } catch (error) {
    context.sessions.delete(sessionId);
    throw error;
  }
  context.sessions.arm(sessionId, async () => {
    try {
      await editLater(sent, forEdit(toReply(renderSessionPage(context, session, sessionId, true))));
    } catch (error) {
      context.logger.warn({ err: error }, 'could not disable expired buttons');
    }
  });
  return { answer, sent };
}
