// Question-set metrics, with the definitions of the outside scorer (../shared/eval/score-ask.mjs) so the
// two agree: evidence matching is NFKC, curly quotes to straight, white space collapsed, lower case; a
// result is a hit when its paragraph holds any evidence string; hit@1 does not look at the outlet
// (outlet@1 does); a refusal counts only as `answered: false` with no results; a leak is a forbidden
// string in any result's paragraph, or a result from an excluded paragraph.

import type { Answer } from '../../src/core/answer/types.js';
import type { CorpusDocument } from '../../src/core/document/types.js';
import type { EvalQuestion } from './question-set.js';

export function normalizeEvidence(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface QuestionOutcome {
  readonly id: string;
  readonly question: string;
  readonly category: string | undefined;
  readonly expect: EvalQuestion['expect'];
  /** 1-based rank of the first result whose paragraph holds evidence; null when none does. */
  readonly firstHitRank: number | null;
  /** The top result comes from the expected outlet (true when none is expected). */
  readonly topOutletRight: boolean;
  /** Evidence in the top quote (or the top quote inside the evidence), as score-ask's quoteHit1. */
  readonly quoteHit: boolean;
  readonly answered: boolean;
  readonly leaks: number;
  readonly verbatimQuotes: number;
  readonly quoteLengths: readonly number[];
  /** The top paragraph's first characters, for listing misses. */
  readonly topParagraph: string;
}

export interface EvalSummary {
  readonly answerable: number;
  readonly hitAt1: number;
  readonly hitAt3: number;
  readonly mrr: number;
  readonly outletAt1: number;
  readonly quoteHitAt1: number;
  readonly noAnswerCorrect: number;
  readonly noAnswerTotal: number;
  readonly answerableRefused: number;
  readonly furnitureLeaks: number;
  readonly verbatimShare: number;
  readonly meanQuoteLength: number;
}

export function scoreQuestion(
  question: EvalQuestion,
  answer: Answer,
  documents: readonly CorpusDocument[],
): QuestionOutcome {
  const results = answer.kind === 'quotes' ? answer.results : [];
  const evidence = question.expect === 'answer' ? question.evidence.map(normalizeEvidence) : [];
  const hitIndex = results.findIndex((r) => evidence.some((e) => normalizeEvidence(r.paragraph).includes(e)));
  const byId = new Map(documents.flatMap((d) => d.paragraphs.map((p) => [p.id, { p, d }] as const)));
  const forbidden = (question.forbidden ?? []).map(normalizeEvidence);
  let leaks = 0;
  let verbatimQuotes = 0;
  for (const r of results) {
    const source = byId.get(r.paragraphId);
    if (!source || source.p.excluded) leaks += 1;
    if (source && r.paragraph.includes(r.quote) && source.d.body.includes(r.paragraph)) verbatimQuotes += 1;
  }
  for (const f of forbidden) if (results.some((r) => normalizeEvidence(r.paragraph).includes(f))) leaks += 1;
  const expectedOutlet = question.expect === 'answer' ? question.outlet : undefined;
  const topQuote = results[0] ? normalizeEvidence(results[0].quote) : null;
  return {
    id: question.id,
    question: question.question,
    category: question.category,
    expect: question.expect,
    firstHitRank: hitIndex >= 0 ? hitIndex + 1 : null,
    topOutletRight: expectedOutlet === undefined || results[0]?.outlet === expectedOutlet,
    quoteHit: topQuote !== null && evidence.some((e) => topQuote.includes(e) || e.includes(topQuote)),
    answered: answer.kind === 'quotes',
    leaks,
    verbatimQuotes,
    quoteLengths: results.map((r) => r.quote.length),
    topParagraph: results[0]?.paragraph.replace(/\s+/g, ' ').slice(0, 90) ?? '',
  };
}

export function summarize(outcomes: readonly QuestionOutcome[]): EvalSummary {
  const answerable = outcomes.filter((o) => o.expect === 'answer');
  const unanswerable = outcomes.filter((o) => o.expect === 'no_answer');
  const share = (count: number, total: number): number => (total === 0 ? 0 : count / total);
  const quoteLengths = outcomes.flatMap((o) => o.quoteLengths);
  const quotes = quoteLengths.length;
  return {
    answerable: answerable.length,
    hitAt1: share(answerable.filter((o) => o.firstHitRank === 1).length, answerable.length),
    hitAt3: share(answerable.filter((o) => o.firstHitRank !== null && o.firstHitRank <= 3).length, answerable.length),
    mrr: share(
      answerable.reduce((sum, o) => sum + (o.firstHitRank === null ? 0 : 1 / o.firstHitRank), 0),
      answerable.length,
    ),
    outletAt1: share(answerable.filter((o) => o.answered && o.topOutletRight).length, answerable.length),
    quoteHitAt1: share(answerable.filter((o) => o.quoteHit).length, answerable.length),
    noAnswerCorrect: unanswerable.filter((o) => !o.answered).length,
    noAnswerTotal: unanswerable.length,
    answerableRefused: answerable.filter((o) => !o.answered).length,
    furnitureLeaks: outcomes.reduce((sum, o) => sum + o.leaks, 0),
    verbatimShare: share(
      outcomes.reduce((sum, o) => sum + o.verbatimQuotes, 0),
      quotes,
    ),
    meanQuoteLength: share(
      quoteLengths.reduce((a, b) => a + b, 0),
      quotes,
    ),
  };
}
