// How each outlet reports the same thing: every outlet's best quote for one question, strongest first.
// Each outlet is asked with its own filter, so every quote is exactly what asking that outlet alone
// would give first; an outlet with nothing above the threshold is named, never quoted weakly.
import { distinctOutlets } from '../document/distinct-outlets.js';
import type { SearchIndex } from '../retrieval/build-index.js';
import { answerQuestion } from './answer-question.js';
import type { Answer, QuoteResult } from './types.js';

export type Comparison =
  | {
      readonly kind: 'compared';
      readonly question: string;
      /** One result per outlet that has one, strongest first (ties by outlet name). */
      readonly results: readonly QuoteResult[];
      /** Outlets asked that have no passage above the threshold, in the order asked. */
      readonly silent: readonly string[];
    }
  | Extract<Answer, { kind: 'no-match' }>;

/** Distinct outlet names of the index, sorted: what "every outlet" means. */
export function listOutlets(index: SearchIndex): string[] {
  return distinctOutlets(index.documents).sort((a, b) => a.localeCompare(b));
}

/** `outlets` null means every outlet of the index. */
export function compareOutlets(index: SearchIndex, question: string, outlets: readonly string[] | null): Comparison {
  const asked = outlets ?? listOutlets(index);
  const results: QuoteResult[] = [];
  const silent: string[] = [];
  for (const outlet of asked) {
    const answer = answerQuestion(index, question, { top: 1, outlets: [outlet] });
    const first = answer.kind === 'quotes' ? answer.results[0] : undefined;
    if (first) results.push(first);
    else silent.push(outlet);
  }
  if (results.length === 0) {
    // Why nothing matched (no searchable words, misspellings to suggest), as the whole corpus sees it.
    const overall = answerQuestion(index, question, { top: 1, outlets: asked });
    if (overall.kind === 'no-match') return overall;
  }
  results.sort((a, b) => b.score - a.score || a.outlet.localeCompare(b.outlet));
  return { kind: 'compared', question, results, silent };
}

/** A comparison in the shape every renderer and the audit log take: its quotes as one Answer. */
export function toComparisonAnswer(comparison: Comparison): Answer {
  if (comparison.kind === 'no-match') return comparison;
  return { kind: 'quotes', question: comparison.question, results: comparison.results, corrections: [] };
}
