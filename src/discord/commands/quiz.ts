// /quiz: a verbatim quote with its source hidden, and one button per outlet to guess who published it.
// The answer (outlet, title, paragraph id) is revealed privately to whoever guesses. Corpus text and
// fixed strings only, as everywhere.
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
  SlashCommandBuilder,
} from 'discord.js';
import type { SearchIndex } from '../../core/retrieval/build-index.js';
import { splitSentences } from '../../core/text/sentences.js';
import { admitInteraction } from '../moderation/room-order.js';
import { escapeMarkdownText } from '../render/highlight.js';
import { toReply } from '../to-reply.js';
import { buildCustomId, type Command } from '../types.js';

export const QUIZ_PREFIX = 'quiz';
export const QUIZ_HEADER = 'Which outlet published this? Guess with a button; the answer comes back privately.';
export const NOT_ENOUGH_OUTLETS_MESSAGE = 'A quiz needs at least two outlets in the corpus.';
export const NO_QUIZ_PARAGRAPH_MESSAGE = 'I could not find a paragraph to quiz on here. Please try again.';
/** Draws before giving up when paragraph ids are too long for a button's custom id. */
const MAX_DRAWS = 10;
/** A quiz quote is whole sentences, at most this long, so it reads as one claim. */
const MAX_QUIZ_QUOTE = 400;

/** The first sentences of a paragraph, whole and verbatim, within MAX_QUIZ_QUOTE. */
export function pickQuizQuote(paragraph: string): string {
  const spans = splitSentences(paragraph);
  const first = spans[0];
  if (!first) return paragraph;
  let end = first.end;
  for (const span of spans.slice(1)) {
    if (span.end - first.start > MAX_QUIZ_QUOTE) break;
    end = span.end;
  }
  return paragraph.slice(first.start, end);
}

/** A paragraph chosen by `random` (0..1) among those of the enabled outlets. */
export function pickQuizParagraph(index: SearchIndex, enabled: readonly string[] | null, random: number) {
  const pool = index.paragraphs.filter((p) => enabled === null || enabled.includes(p.document.outlet));
  return pool[Math.min(pool.length - 1, Math.floor(random * pool.length))];
}

export default {
  data: new SlashCommandBuilder().setName('quiz').setDescription('Guess which outlet published a quote'),
  async execute(interaction, context) {
    if (!interaction.isChatInputCommand()) return;
    const room = await admitInteraction(interaction, context, 'slash');
    if (room === null) return;
    const outlets = context.outlets.filter((o) => room.settings.enabledOutlets?.includes(o) ?? true).slice(0, 25);
    // The button names the outlet by its place in the corpus's full outlet list, which the guess handler
    // reads too; a paragraph whose id does not fit a custom id is drawn again rather than cut.
    const draw = () => {
      const picked = pickQuizParagraph(context.index, room.settings.enabledOutlets, context.random());
      if (!picked) return null;
      const ids = outlets.map((outlet) =>
        buildCustomId(QUIZ_PREFIX, String(context.outlets.indexOf(outlet)), picked.paragraph.id),
      );
      return ids.every((id) => id !== null) ? { picked, ids: ids as string[] } : null;
    };
    let quiz = outlets.length < 2 ? null : draw();
    for (let attempt = 1; quiz === null && outlets.length >= 2 && attempt < MAX_DRAWS; attempt += 1) quiz = draw();
    if (quiz === null) {
      const content = outlets.length < 2 ? NOT_ENOUGH_OUTLETS_MESSAGE : NO_QUIZ_PARAGRAPH_MESSAGE;
      await interaction.reply(toReply({ content, ephemeral: true }));
      return;
    }
    const { picked, ids } = quiz;
    const buttons: APIButtonComponent[] = outlets.map((outlet, i) => ({
      type: ComponentType.Button,
      custom_id: ids[i] ?? '',
      label: outlet.slice(0, 80),
      style: ButtonStyle.Secondary,
    }));
    const rows: Array<APIActionRowComponent<APIButtonComponent>> = [];
    for (let i = 0; i < buttons.length; i += 5)
      rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
    const quote = escapeMarkdownText(pickQuizQuote(picked.paragraph.text));
    await interaction.reply(
      toReply({
        content: `${QUIZ_HEADER}\n> ${quote.replaceAll('\n', '\n> ')}\nSource: ||${escapeMarkdownText(picked.document.outlet)}||`,
        components: rows,
        ephemeral: room.visibility === 'private' || room.notice !== null,
      }),
    );
  },
} satisfies Command;
