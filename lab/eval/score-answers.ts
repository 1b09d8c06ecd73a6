// Dev-set metrics. Evidence matching follows the question file's `about`: NFKC, curly quotes to
// straight, white space collapsed, lower case; a result is a hit when its paragraph holds any evidence.

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
  readonly expect: EvalQuestion['expect'];
  /** 1-based rank of the first result whose paragraph holds evidence; null when none does. */
  readonly firstHitRank: number | null;
  readonly topOutletRight: boolean;
  readonly answered: boolean;
  readonly leaks: number;
  readonly verbatimQuotes: number;
  readonly quoteLengths: readonly number[];
}

export interface EvalSummary {
  readonly answerable: number;
  readonly hitAt1: number;
  readonly hitAt3: number;
  readonly mrr: number;
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
  let leaks = 0;
  let verbatimQuotes = 0;
  for (const r of results) {
    const source = byId.get(r.paragraphId);
    if (!source || source.p.excluded) leaks += 1;
    if (source && r.paragraph.includes(r.quote) && source.d.body.includes(r.paragraph)) verbatimQuotes += 1;
  }
  const expectedOutlet = question.expect === 'answer' ? question.outlet : undefined;
  return {
    id: question.id,
    question: question.question,
    expect: question.expect,
    firstHitRank: hitIndex >= 0 ? hitIndex + 1 : null,
    topOutletRight: expectedOutlet === undefined || results[0]?.outlet === expectedOutlet,
    answered: answer.kind === 'quotes',
    leaks,
    verbatimQuotes,
    quoteLengths: results.map((r) => r.quote.length),
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
    hitAt1: share(answerable.filter((o) => o.firstHitRank === 1 && o.topOutletRight).length, answerable.length),
    hitAt3: share(answerable.filter((o) => o.firstHitRank !== null && o.firstHitRank <= 3).length, answerable.length),
    mrr: share(
      answerable.reduce((sum, o) => sum + (o.firstHitRank === null ? 0 : 1 / o.firstHitRank), 0),
      answerable.length,
    ),
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
