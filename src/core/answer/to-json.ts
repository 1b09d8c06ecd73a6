import type { Answer, NoMatchReason, QuoteResult } from './types.js';

export interface ResultJson {
  readonly quote: string;
  readonly paragraph: string;
  readonly documentId: string;
  readonly paragraphId: string;
  readonly outlet: string;
  readonly title: string;
  readonly author: string | null;
  readonly score: number;
  /** Question words found in the quote, as index terms. */
  readonly matchedTerms: readonly string[];
}

/** The JSON object of docs/contract.md section 2, key order included; extra fields come after. */
export interface AnswerJson {
  readonly question: string;
  readonly answered: boolean;
  readonly results: readonly ResultJson[];
  /** Below the answer decision: the closest passages, never an answer. */
  readonly related?: readonly ResultJson[];
  /** Question words corrected before searching ("leter" searched as "letter"). */
  readonly corrections: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  /** Question words the corpus lacks, matched through WordNet ("spy ≈ intelligence"), weighed less. */
  readonly expansions: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  /** Why nothing answered (only when `answered` is false): the no-answer model, the quantity rule, … */
  readonly reason?: NoMatchReason;
}

function toResultJson(r: QuoteResult): ResultJson {
  return {
    quote: r.quote,
    paragraph: r.paragraph,
    documentId: r.documentId,
    paragraphId: r.paragraphId,
    outlet: r.outlet,
    title: r.title,
    author: r.author,
    score: r.score,
    matchedTerms: r.matchedTerms,
  };
}

export function toAnswerJson(answer: Answer): AnswerJson {
  const corrections = answer.corrections.map((c) => ({ from: c.from, to: c.to }));
  const expansions = (answer.expansions ?? []).map((e) => ({ from: e.from, to: e.to }));
  if (answer.kind === 'no-match') {
    const related = answer.related.map(toResultJson);
    return {
      question: answer.question,
      answered: false,
      results: [],
      ...(related.length > 0 ? { related } : {}),
      corrections,
      expansions,
      reason: answer.reason,
    };
  }
  const results = answer.results.map(toResultJson);
  return { question: answer.question, answered: true, results, corrections, expansions };
}
