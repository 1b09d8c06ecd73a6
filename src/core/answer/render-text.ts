// The readable rendering shared by the CLI (and by anything else that prints plain text).
import { escapeControlCharacters } from './escape-controls.js';
import type { Answer, QuoteResult } from './types.js';

export const NO_MATCH_TEXT = 'No passage in the corpus answers this question.';

/** "— Outlet, “Title”, Author": the attribution every quote carries, control characters written out. */
export function formatAttribution(result: Pick<QuoteResult, 'outlet' | 'title' | 'author'>): string {
  const parts = [escapeControlCharacters(result.outlet), `\u201C${escapeControlCharacters(result.title)}\u201D`];
  if (result.author) parts.push(escapeControlCharacters(result.author));
  return `\u2014 ${parts.join(', ')}`;
}

export function renderAnswerText(answer: Answer): string {
  if (answer.kind === 'no-match') {
    const hint = answer.suggestions.length > 0 ? `\nDid you mean: ${answer.suggestions.join(', ')}?` : '';
    return `${NO_MATCH_TEXT}${hint}`;
  }
  return answer.results
    .map(
      (result) =>
        `${result.quote}\n${formatAttribution(result)}\n[${escapeControlCharacters(result.paragraphId)}, score ${result.score}]`,
    )
    .join('\n\n');
}
