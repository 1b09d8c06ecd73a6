// What was searched, said in the reply as the CLI says it (core/answer/render-text.ts): the corrections
// made to the question's words, and the WordNet matches that actually reached a quote on show.
import type { Answer, QuoteResult } from '../../core/answer/types.js';
import { stemWord } from '../../core/text/analyze.js';
import { escapeMetadata } from './highlight.js';

/** "Searched for: letter (you wrote leter)": a correction is never silent. */
export function describeCorrections(answer: Answer): string | null {
  if (answer.corrections.length === 0) return null;
  const pairs = answer.corrections.map((c) => `${escapeMetadata(c.to)} (you wrote ${escapeMetadata(c.from)})`);
  return `Searched for: ${pairs.join(', ')}`;
}

/**
 * "Also matched: spy ≈ intelligence", only for the corpus words found in a quote on show: WordNet offers
 * several neighbours per word, and naming one that matched nothing would explain nothing.
 */
export function describeExpansions(answer: Answer, shown: readonly QuoteResult[]): string | null {
  const matched = new Set(shown.flatMap((r) => r.matchedTerms));
  const pairs = (answer.expansions ?? [])
    .filter((e) => matched.has(stemWord(e.to.toLowerCase())))
    .map((e) => `${escapeMetadata(e.from)} \u2248 ${escapeMetadata(e.to)}`);
  return pairs.length > 0 ? `Also matched: ${[...new Set(pairs)].join(', ')}` : null;
}

/** Both lines, in the CLI's order, leaving out the ones with nothing to say. */
export function describeSearched(answer: Answer, shown: readonly QuoteResult[]): string[] {
  return [describeCorrections(answer), describeExpansions(answer, shown)].filter((l): l is string => l !== null);
}
