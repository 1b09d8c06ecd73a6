// The readable rendering shared by the CLI (and by anything else that prints plain text).
import { escapeControlCharacters } from './escape-controls.js';
import type { Answer, QuoteResult } from './types.js';

export const NO_MATCH_TEXT = 'No passage in the corpus answers this question.';
/** Said before the closest passages of a question the corpus does not answer (the bot says the same). */
export const RELATED_TEXT = 'Nothing in the sources answers that directly. Closest passages:';
/** Why, when the quantity rule refused: the question asks for a number and no passage gives one. */
export const NO_QUANTITY_TEXT = 'The question asks for a number, and none of these passages gives one.';

/** "— Outlet, “Title”, Author": the attribution every quote carries, control characters written out. */
export function formatAttribution(result: Pick<QuoteResult, 'outlet' | 'title' | 'author'>): string {
  const parts = [escapeControlCharacters(result.outlet), `\u201C${escapeControlCharacters(result.title)}\u201D`];
  if (result.author) parts.push(escapeControlCharacters(result.author));
  return `\u2014 ${parts.join(', ')}`;
}

function renderResult(result: QuoteResult): string {
  const matched = result.matchedTerms.length > 0 ? `, matched: ${result.matchedTerms.join(', ')}` : '';
  return `${result.quote}\n${formatAttribution(result)}\n[${escapeControlCharacters(result.paragraphId)}, score ${result.score}${matched}]`;
}

/** "searched for: letter (you wrote leter)" and "spy ≈ intelligence": what was searched is never silent. */
function renderSearched(answer: Answer): string {
  const lines: string[] = [];
  if (answer.corrections.length > 0)
    lines.push(`searched for: ${answer.corrections.map((c) => `${c.to} (you wrote ${c.from})`).join(', ')}`);
  const expansions = answer.expansions ?? [];
  if (expansions.length > 0)
    lines.push(`also matched: ${expansions.map((e) => `${e.from} \u2248 ${e.to}`).join(', ')}`);
  return lines.length > 0 ? `${lines.join('\n')}\n\n` : '';
}

export function renderAnswerText(answer: Answer): string {
  const searched = renderSearched(answer);
  if (answer.kind === 'no-match') {
    const hint = answer.suggestions.length > 0 ? `\nDid you mean: ${answer.suggestions.join(', ')}?` : '';
    if (answer.related.length === 0) return `${searched}${NO_MATCH_TEXT}${hint}`;
    const why = answer.reason === 'no-quantity' ? `\n${NO_QUANTITY_TEXT}` : '';
    return `${RELATED_TEXT}${why}${hint}\n\n${searched}${answer.related.map(renderResult).join('\n\n')}`;
  }
  return `${searched}${answer.results.map(renderResult).join('\n\n')}`;
}
