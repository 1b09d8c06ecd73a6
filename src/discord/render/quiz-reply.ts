// /quiz as a message: the quote verbatim (escaped), the outlet behind a spoiler, one button per outlet;
// and the private reveal for a guess. Corpus text and fixed strings only.
import { type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { escapeControlCharacters } from '../../core/answer/escape-controls.js';
import type { Quiz } from '../../core/answer/pick-quiz.js';
import type { CorpusDocument } from '../../core/document/types.js';
import { DISCORD_LIMITS } from '../discord-limits.js';
import type { ReplySpec } from '../to-reply.js';
import { buildCustomId } from '../types.js';
import { toButtonRows } from './answer-reply.js';
import { escapeMarkdownText, escapeMetadata } from './highlight.js';
import { truncateLine } from './truncate.js';

export const QUIZ_PREFIX = 'quiz';
export const QUIZ_HEADER = 'Which outlet published this? Guess with a button; the answer comes back privately.';

/**
 * The quiz message, or null when the paragraph's id is too long for a button's custom id. A button names
 * its outlet by its place in `allOutlets` (the corpus's full sorted list), which the guess handler reads.
 */
export function renderQuiz(quiz: Quiz, choices: readonly string[], allOutlets: readonly string[]): ReplySpec | null {
  const buttons: APIButtonComponent[] = [];
  for (const outlet of choices) {
    const customId = buildCustomId(QUIZ_PREFIX, String(allOutlets.indexOf(outlet)), quiz.entry.paragraph.id);
    if (customId === null) return null;
    const label = truncateLine(escapeControlCharacters(outlet), DISCORD_LIMITS.buttonLabel);
    buttons.push({ type: ComponentType.Button, custom_id: customId, label, style: ButtonStyle.Secondary });
  }
  const quote = escapeMarkdownText(quiz.quote).replaceAll('\n', '\n> ');
  const outlet = escapeMetadata(quiz.entry.document.outlet);
  return { content: `${QUIZ_HEADER}\n> ${quote}\nSource: ||${outlet}||`, components: toButtonRows(buttons) };
}

export function renderQuizReveal(guessed: string, document: CorpusDocument, paragraphId: string): string {
  const verdict = guessed === document.outlet ? 'Right!' : `Not quite: you guessed ${escapeMetadata(guessed)}.`;
  const author = document.author ? `, ${escapeMetadata(document.author)}` : '';
  const title = escapeMetadata(document.title);
  const id = escapeControlCharacters(paragraphId).replaceAll('`', "'");
  return `${verdict} It is from ${escapeMetadata(document.outlet)}, \u201C${title}\u201D${author} (\`${id}\`).`;
}
