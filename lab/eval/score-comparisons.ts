// What `/compare` and `npm run ask -- --compare` would show for a set's answerable questions: does the
// side-by-side view (each outlet's best passage) hold the evidence at all? A question's evidence sits in
// one outlet's paragraph, so this is that outlet's slot being right, read off the whole view.
import { type Comparison, compareOutlets } from '../../src/core/answer/compare-outlets.js';
import type { SearchIndex } from '../../src/core/retrieval/build-index.js';
import type { EvalQuestion } from './question-set.js';

export interface ComparisonSummary {
  /** Answerable questions asked. */
  readonly answerable: number;
  /** Of those, comparisons that quote an evidence string in some outlet's passage. */
  readonly evidenceShown: number;
  /** Of those, comparisons that were a no-match for every outlet. */
  readonly refused: number;
}

function showsEvidence(comparison: Comparison, evidence: readonly string[]): boolean {
  if (comparison.kind !== 'compared') return false;
  return comparison.results.some((r) => evidence.some((e) => r.quote.includes(e)));
}

export function scoreComparisons(index: SearchIndex, questions: readonly EvalQuestion[]): ComparisonSummary {
  let answerable = 0;
  let evidenceShown = 0;
  let refused = 0;
  for (const question of questions) {
    if (question.expect !== 'answer') continue;
    answerable += 1;
    const comparison = compareOutlets(index, question.question, null);
    if (comparison.kind !== 'compared') refused += 1;
    else if (showsEvidence(comparison, question.evidence)) evidenceShown += 1;
  }
  return { answerable, evidenceShown, refused };
}
