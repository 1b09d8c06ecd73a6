// What a moderator sees before a reading is stored: the metadata found (an unknown field says so), the
// paragraph count, the first paragraphs kept and the paragraphs proposed as furniture, with Confirm,
// Edit metadata and Cancel.
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { ReadingDraft } from '../../readings/prepare-reading.js';
import { escapeMarkdownText } from '../render/highlight.js';
import { truncateLine } from '../render/truncate.js';
import type { ReplySpec } from '../to-reply.js';
import { buildCustomId } from '../types.js';

export const READING_PREFIX = 'reading';
export const UNKNOWN_FIELD = 'not found on the page';
const SHOWN_PARAGRAPHS = 3;
const SHOWN_FURNITURE = 8;

function show(value: string | null, max = 200): string {
  return value === null ? `*${UNKNOWN_FIELD}*` : escapeMarkdownText(truncateLine(value, max));
}

export function renderPreview(draft: ReadingDraft, draftId: string): ReplySpec {
  const { metadata, paragraphs, furniture } = draft.article;
  const furnitureOrdinals = new Set(furniture.map((f) => f.ordinal));
  const kept = paragraphs.filter((_, index) => !furnitureOrdinals.has(index + 1));
  const missing = [metadata.outlet === null && 'outlet', metadata.title === null && 'title'].filter(Boolean);
  const first = kept
    .slice(0, SHOWN_PARAGRAPHS)
    .map((p) => `> ${escapeMarkdownText(truncateLine(p, 300))}`)
    .join('\n');
  const proposed =
    furniture.length === 0
      ? 'none'
      : furniture
          .slice(0, SHOWN_FURNITURE)
          .map((f) => `#${f.ordinal} ${f.reason}: ${escapeMarkdownText(truncateLine(f.text, 80))}`)
          .join('\n') + (furniture.length > SHOWN_FURNITURE ? `\n…and ${furniture.length - SHOWN_FURNITURE} more` : '');
  const notice =
    missing.length > 0
      ? `Preview: nothing is stored yet. The ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required: use **Edit metadata**.`
      : 'Preview: nothing is stored until you confirm. Furniture is marked, never quoted; the text is kept as it is.';
  type Style = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success;
  const button = (action: string, label: string, style: Style, disabled = false) => ({
    type: ComponentType.Button as const,
    custom_id: buildCustomId(READING_PREFIX, action, draftId) ?? READING_PREFIX,
    label,
    style,
    disabled,
  });
  const row: APIActionRowComponent<APIComponentInMessageActionRow> = {
    type: ComponentType.ActionRow,
    components: [
      button('confirm', 'Confirm', ButtonStyle.Success, missing.length > 0),
      button('edit', 'Edit metadata', ButtonStyle.Primary),
      button('cancel', 'Cancel', ButtonStyle.Secondary),
    ],
  };
  return {
    content: notice,
    ephemeral: true,
    embeds: [
      {
        author: metadata.outlet ?? `Outlet ${UNKNOWN_FIELD}`,
        title: metadata.title ?? `Title ${UNKNOWN_FIELD}`,
        fields: [
          { name: 'Author', value: show(metadata.author), inline: true },
          { name: 'Date', value: show(metadata.published), inline: true },
          { name: 'URL', value: show(metadata.url, 300), inline: false },
          {
            name: 'Paragraphs',
            value: `${paragraphs.length} (${kept.length} quoted, ${furniture.length} proposed as furniture)`,
            inline: false,
          },
          { name: 'First paragraphs', value: first || 'none', inline: false },
          { name: 'Proposed furniture', value: proposed, inline: false },
        ],
        footer: `From ${truncateLine(draft.sourceName, 200)}`,
      },
    ],
    components: [row],
  };
}
