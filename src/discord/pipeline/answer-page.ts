// One page of a paged answer: the core asked for everything up to the page (plus one, to know whether
// more exist), the page cut out, and rendered with its buttons.
import { answerQuestion, narrowOutlets } from '../../core/answer/answer-question.js';
import type { Answer } from '../../core/answer/types.js';
import type { SearchIndex } from '../../core/retrieval/build-index.js';
import { renderAnswer } from '../render/answer-reply.js';
import type { ReplySpec } from '../to-reply.js';
import type { AskSession } from './sessions.js';

export type PageRequest = Pick<AskSession, 'question' | 'outlet' | 'count' | 'page' | 'enabledOutlets'>;

export function answerPage(index: SearchIndex, request: PageRequest): { answer: Answer; hasMore: boolean } {
  const shown = (request.page + 1) * request.count;
  const answer = answerQuestion(index, request.question, {
    top: shown + 1,
    outlets: narrowOutlets(request.outlet, request.enabledOutlets),
  });
  // The closest passages of a no-answer are not paged: the first page's worth, as the CLI's --top gives.
  if (answer.kind === 'no-match')
    return { answer: { ...answer, related: answer.related.slice(0, request.count) }, hasMore: false };
  const results = answer.results.slice(request.page * request.count, shown);
  return { answer: { ...answer, results }, hasMore: answer.results.length > shown };
}

/** The session's current page, with its "More" button pointing back at the session. */
export function renderSessionPage(index: SearchIndex, session: AskSession, sessionId: string): ReplySpec {
  const { answer, hasMore } = answerPage(index, session);
  return renderAnswer(answer, {
    firstNumber: session.page * session.count + 1,
    sessionId,
    hasMore,
    moderationButtons: session.moderationButtons,
  });
}
