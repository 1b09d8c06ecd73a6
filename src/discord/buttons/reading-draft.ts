// The preview's buttons: Confirm stores the reading and makes it quotable at once, Edit metadata opens a
// modal whose answers replace the fields (an empty field clears it), Cancel drops the preview.
import { ComponentType, TextInputStyle } from 'discord.js';
import { applyMetadataEdits } from '../../import/import-source.js';
import type { ArticleMetadata } from '../../import/types.js';
import { isModerator } from '../../policy/permissions.js';
import { chooseReadingId, toReadingInput } from '../../readings/prepare-reading.js';
import { NOT_MODERATOR_MESSAGE } from '../gates/moderator-gate.js';
import { postModLog } from '../readings/post-mod-log.js';
import type { PendingReading } from '../readings/reading-drafts.js';
import {
  CANCELLED_MESSAGE,
  describeAddRefusal,
  EXPIRED_DRAFT_MESSAGE,
  formatAdded,
  formatModLogChange,
  NOT_YOUR_DRAFT_MESSAGE,
  READINGS_UNAVAILABLE_MESSAGE,
} from '../readings/reading-messages.js';
import { READING_PREFIX, renderPreview } from '../readings/reading-preview.js';
import { forEdit, toReply } from '../to-reply.js';
import { type BotContext, type ButtonHandler, buildCustomId } from '../types.js';

const FIELDS: ReadonlyArray<{ key: keyof ArticleMetadata; label: string; max: number; placeholder: string }> = [
  { key: 'outlet', label: 'Outlet (required)', max: 200, placeholder: 'The publication' },
  { key: 'title', label: 'Title (required)', max: 300, placeholder: 'The headline' },
  { key: 'author', label: 'Author (empty: none named)', max: 200, placeholder: 'As the page names them' },
  { key: 'published', label: 'Date (YYYY-MM-DD, empty: unknown)', max: 10, placeholder: '2024-03-07' },
  { key: 'url', label: 'URL (empty: none)', max: 1000, placeholder: 'https://…' },
];

type Checked = { readonly pending: PendingReading } | { readonly refusal: string };

function checkPending(context: BotContext, draftId: string, userId: string, permissions: bigint | undefined): Checked {
  const pending = context.readingDrafts.get(draftId);
  if (pending === undefined) return { refusal: EXPIRED_DRAFT_MESSAGE };
  if (pending.userId !== userId) return { refusal: NOT_YOUR_DRAFT_MESSAGE };
  if (!isModerator(permissions)) return { refusal: NOT_MODERATOR_MESSAGE };
  return { pending };
}

export default {
  prefix: READING_PREFIX,
  async execute(interaction, args, context) {
    const [action = '', draftId = ''] = args;
    const checked = checkPending(context, draftId, interaction.user.id, interaction.memberPermissions?.bitfield);
    if ('refusal' in checked) {
      await interaction.reply(toReply({ content: checked.refusal, ephemeral: true }));
      return;
    }
    const { pending } = checked;
    if (action === 'cancel') {
      context.readingDrafts.delete(draftId);
      await interaction.update(forEdit(toReply({ content: CANCELLED_MESSAGE, components: [] })));
      return;
    }
    if (action === 'edit') {
      const { metadata } = pending.draft.article;
      await interaction.showModal({
        custom_id: buildCustomId(READING_PREFIX, 'metadata', draftId) ?? READING_PREFIX,
        title: 'Edit the reading’s metadata',
        components: FIELDS.map((field) => ({
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.TextInput,
              custom_id: field.key,
              label: field.label,
              style: TextInputStyle.Short,
              required: field.key === 'outlet' || field.key === 'title',
              max_length: field.max,
              placeholder: field.placeholder,
              ...(metadata[field.key] !== null && { value: (metadata[field.key] ?? '').slice(0, field.max) }),
            },
          ],
        })),
      });
      return;
    }
    // Confirm.
    const guildId = pending.guildId;
    const index = context.indexFor(guildId);
    const listed = context.store.readings.list(guildId);
    if (!listed.ok) {
      await interaction.reply(toReply({ content: READINGS_UNAVAILABLE_MESSAGE, ephemeral: true }));
      return;
    }
    const taken = new Set([...index.documents.map((d) => d.id), ...listed.value.map((r) => r.documentId)]);
    const documentId = chooseReadingId(pending.draft, (id) => taken.has(id));
    const input = toReadingInput(pending.draft, { guildId, documentId, addedBy: interaction.user.id });
    if (input.kind === 'missing') {
      await interaction.reply(
        toReply({ content: `The ${input.field} is required: use Edit metadata.`, ephemeral: true }),
      );
      return;
    }
    const added = context.store.readings.add(input.input, context.readings.limits);
    if (!added.ok) {
      await interaction.reply(toReply({ content: READINGS_UNAVAILABLE_MESSAGE, ephemeral: true }));
      return;
    }
    if (added.value.kind !== 'added') {
      await interaction.reply(toReply({ content: describeAddRefusal(added.value), ephemeral: true }));
      return;
    }
    context.readingDrafts.delete(draftId);
    // The next question in this server builds its index with the new reading.
    context.guildIndexes.invalidate(guildId);
    await interaction.update(
      forEdit(toReply({ content: formatAdded(added.value.reading), components: [], embeds: [] })),
    );
    await postModLog(
      context,
      interaction.client,
      guildId,
      formatModLogChange('added', interaction.user.id, added.value.reading),
    );
  },
  async submit(interaction, args, context) {
    const [, draftId = ''] = args;
    const checked = checkPending(context, draftId, interaction.user.id, interaction.memberPermissions?.bitfield);
    if ('refusal' in checked) {
      await interaction.reply(toReply({ content: checked.refusal, ephemeral: true }));
      return;
    }
    const edits = Object.fromEntries(
      FIELDS.map((field) => [field.key, interaction.fields.getTextInputValue(field.key)]),
    );
    const edited = applyMetadataEdits(checked.pending.draft.article, edits);
    if (edited.kind === 'invalid') {
      await interaction.reply(toReply({ content: `Not changed: ${edited.field} ${edited.message}.`, ephemeral: true }));
      return;
    }
    const draft = { ...checked.pending.draft, article: edited.article };
    context.readingDrafts.replace(draftId, draft);
    if (interaction.isFromMessage()) await interaction.update(forEdit(toReply(renderPreview(draft, draftId))));
    else await interaction.reply(toReply(renderPreview(draft, draftId)));
  },
} satisfies ButtonHandler;
