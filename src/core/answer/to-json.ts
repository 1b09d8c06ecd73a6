import type { Answer } from './types.js';

/** The JSON object of docs/contract.md section 2, key order included. */
export interface AnswerJson {
  readonly question: string;
  readonly answered: boolean;
  readonly results: ReadonlyArray<{
    readonly quote: string;
    readonly paragraph: string;
    readonly documentId: string;
    readonly paragraphId: string;
    readonly outlet: string;
    readonly title: string;
    readonly author: string | null;
    readonly score: number;
  }>;
}

export function toAnswerJson(answer: Answer): AnswerJson {
  if (answer.kind === 'no-match') return { question: answer.question, answered: false, results: [] };
  return {
    question: answer.question,
    answered: true,
    results: answer.results.map((r) => ({
      quote: r.quote,
      paragraph: r.paragraph,
      documentId: r.documentId,
      paragraphId: r.paragraphId,
      outlet: r.outlet,
      title: r.title,
      author: r.author,
      score: r.score,
    })),
  };
}
