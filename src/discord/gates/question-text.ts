// A question as members type it: the checks every trigger applies before searching, and the outlet
// option resolved to the corpus's own spelling.
import { DISCORD_LIMITS } from '../discord-limits.js';

export const MAX_QUESTION_LENGTH = 500;
export const EMPTY_QUESTION_MESSAGE =
  'Ask me a question in words, for example `/ask question: Who is Carter Page?`, and I will quote the sources.';
export const LONG_QUESTION_MESSAGE = `That question is longer than ${MAX_QUESTION_LENGTH} characters. Please ask something shorter.`;

/** A refusal to show the member, or null when the question can be searched. */
export function checkQuestion(question: string): string | null {
  if (question.trim() === '') return EMPTY_QUESTION_MESSAGE;
  if (question.length > MAX_QUESTION_LENGTH) return LONG_QUESTION_MESSAGE;
  return null;
}

/** The outlet as the corpus spells it. Autocomplete values are cut at 100 characters, so a unique prefix of
 * that length also counts. Undefined input is no filter; null means no such outlet. */
export function resolveOutlet(outlets: readonly string[], input: string | null | undefined): string | undefined | null {
  const wanted = input?.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = outlets.find((o) => o.toLowerCase() === wanted);
  if (exact) return exact;
  const prefixed = outlets.filter((o) => o.toLowerCase().startsWith(wanted));
  return wanted.length >= DISCORD_LIMITS.choiceLength && prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}
