// An `Answer` from the core as a Discord reply. Nothing is re-ranked or re-quoted here: the results are
// shown in the core's order, each quote verbatim (escaped, matched words in bold) with its attribution.
import type { APIActionRowComponent, APIButtonComponent, APIComponentInMessageActionRow } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import { NO_QUANTITY_TEXT, RELATED_TEXT } from '../../core/answer/render-text.js';
import type { Answer, QuoteResult } from '../../core/answer/types.js';
import { DISCORD_LIMITS } from '../discord-limits.js';
import type { EmbedSpec, ReplySpec } from '../to-reply.js';
import { buildCustomId } from '../types.js';
import { escapeMarkdownText, renderHighlightedText } from './highlight.js';
import { describeSearched } from './searched-lines.js';

export const NO_MATCH_MESSAGE =
  'Nothing in the corpus answers that, so there is no quote to give. Try other words, or `/sources` to see what the corpus covers.';
export const UNKNOWN_OUTLET_MESSAGE =
  'No outlet by that name is in the corpus. Pick one from the list, or leave it out.';
export const NO_AUTHOR = 'not named by the source';
export const CONTEXT_PREFIX = 'ctx';
export const MORE_PREFIX = 'more';
export const FEEDBACK_PREFIX = 'fb';
export const REMOVE_PREFIX = 'rm';
/** Ends the footer of a passage shown below the answer decision, so no embed reads as an answer alone. */
export const RELATED_FOOTER = 'closest passage, not an answer';
/** The colour of such a passage: Discord's grey, not an outlet's colour. */
export const RELATED_COLOR = 0x99aab5;

/** Helpful / Not relevant / Remove: they act on the message they sit on, so they need no arguments. */
export function buildModerationRow(): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        custom_id: `${FEEDBACK_PREFIX}:helpful`,
        label: 'Helpful',
        style: ButtonStyle.Success,
      },
      {
        type: ComponentType.Button,
        custom_id: `${FEEDBACK_PREFIX}:not-relevant`,
        label: 'Not relevant',
        style: ButtonStyle.Secondary,
      },
      { type: ComponentType.Button, custom_id: REMOVE_PREFIX, label: 'Remove', style: ButtonStyle.Danger },
    ],
  };
}

/** Helpful / Not relevant / Remove act on the stored answer, not the paging session: they outlive it. */
export function isModerationButton(customId: string): boolean {
  return customId === REMOVE_PREFIX || customId.startsWith(`${FEEDBACK_PREFIX}:`);
}

/** The reply with the moderation row added, when a row is left. */
export function withModerationRow(reply: ReplySpec): ReplySpec {
  const rows = reply.components ?? [];
  if (rows.length >= DISCORD_LIMITS.rowsPerMessage) return reply;
  return { ...reply, components: [...rows, buildModerationRow()] };
}

/** A stable colour per outlet, so a reader can tell outlets apart at a glance. */
export function pickOutletColor(outlet: string): number {
  let hash = 2166136261;
  for (const char of outlet) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return (hash >>> 0) & 0xffffff;
}

export function buildQuoteEmbed(result: QuoteResult): EmbedSpec {
  return {
    author: result.outlet,
    // Titles and field values render markdown, the author line and footer do not.
    title: escapeMarkdownText(result.title),
    body: { plain: result.quote, render: (plain) => renderHighlightedText(plain, result.matchedTerms) },
    fields: [
      { name: 'Author', value: result.author === null ? NO_AUTHOR : escapeMarkdownText(result.author), inline: true },
    ],
    footer: `${result.paragraphId} \u00B7 score ${result.score}`,
    color: pickOutletColor(result.outlet),
  };
}

function buildButton(
  customId: string | null,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  disabled: boolean,
) {
  if (customId === null) return null;
  const button: APIButtonComponent = { type: ComponentType.Button, custom_id: customId, label, style, disabled };
  return button;
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** "Context n" for each quote, five to a row (Discord's limit per row). */
export function buildContextRows(results: readonly QuoteResult[], firstNumber: number): Row[] {
  const buttons = results.flatMap((result, i) => {
    const button = buildButton(
      buildCustomId(CONTEXT_PREFIX, result.paragraphId),
      `Show context ${firstNumber + i}`,
      ButtonStyle.Secondary,
      false,
    );
    return button ? [button] : [];
  });
  return toButtonRows(buttons);
}

/** Buttons laid out in rows of Discord's width, at most Discord's number of rows. */
export function toButtonRows(buttons: readonly APIButtonComponent[]): Row[] {
  const rows: Row[] = [];
  const width = DISCORD_LIMITS.buttonsPerRow;
  for (let i = 0; i < buttons.length && rows.length < DISCORD_LIMITS.rowsPerMessage; i += width)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + width) });
  return rows;
}

export interface AnswerView {
  /** 0 for the first results; "More" moves on by `count`. */
  readonly firstNumber: number;
  /** The paging session, when the asker can ask for more. */
  readonly sessionId?: string | undefined;
  readonly hasMore: boolean;
  /** Add the Helpful / Not relevant / Remove row (public answers). */
  readonly moderationButtons?: boolean;
}

/** A passage below the answer decision: attributed like a quote, grey, and its footer says what it is. */
export function buildRelatedEmbed(result: QuoteResult): EmbedSpec {
  const embed = buildQuoteEmbed(result);
  return { ...embed, footer: `${embed.footer} \u00B7 ${RELATED_FOOTER}`, color: RELATED_COLOR };
}

/**
 * Nothing answers: the closest passages when the core found some (said to be no answer, with Show
 * context but neither paging nor Helpful / Remove), else the plain no-match text; "did you mean" either way.
 */
export function renderNoMatch(answer: Extract<Answer, { kind: 'no-match' }>): ReplySpec {
  const message = answer.reason === 'unknown-outlet' ? UNKNOWN_OUTLET_MESSAGE : NO_MATCH_MESSAGE;
  const hint =
    answer.suggestions.length > 0
      ? `Did you mean: ${answer.suggestions.map((word) => `**${escapeMarkdownText(word)}**`).join(', ')}?`
      : null;
  const related = answer.related;
  const lines = [related.length > 0 ? RELATED_TEXT : message, ...describeSearched(answer, related)];
  if (related.length > 0 && answer.reason === 'no-quantity') lines.splice(1, 0, NO_QUANTITY_TEXT);
  if (hint !== null) lines.push(hint);
  if (related.length === 0) return { content: lines.join('\n') };
  return {
    content: lines.join('\n'),
    embeds: related.map(buildRelatedEmbed),
    components: buildContextRows(related, 1),
  };
}

export function renderAnswer(answer: Answer, view: AnswerView): ReplySpec {
  if (answer.kind === 'no-match') return renderNoMatch(answer);
  const lines: string[] = [];
  if (view.firstNumber > 1)
    lines.push(`Results ${view.firstNumber}\u2013${view.firstNumber + answer.results.length - 1}`);
  lines.push(...describeSearched(answer, answer.results));
  const rows = buildContextRows(answer.results, view.firstNumber);
  if (view.sessionId !== undefined && rows.length < DISCORD_LIMITS.rowsPerMessage) {
    const more = buildButton(buildCustomId(MORE_PREFIX, view.sessionId), 'More', ButtonStyle.Primary, !view.hasMore);
    if (more) rows.push({ type: ComponentType.ActionRow, components: [more] });
  }
  // Feedback and Remove stay usable after paging expires: they act on the stored answer, not the session.
  const reply = { content: lines.join('\n'), embeds: answer.results.map(buildQuoteEmbed), components: rows };
  return view.moderationButtons === true ? withModerationRow(reply) : reply;
}
