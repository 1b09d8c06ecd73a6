// /readings: a server's own documents beside the shared corpus. `add` previews a file or a page before
// anything is stored (Confirm / Edit metadata / Cancel are buttons/reading-draft.ts); `list`, `show`,
// `remove`, and `shared` to switch the shared corpus off or on for this server. Moderators only.
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { fetchUrl } from '../../import/fetch-url.js';
import { prepareReading } from '../../readings/prepare-reading.js';
import { IN_SERVERS, INSTALLED_TO } from '../command-contexts.js';
import { MODERATOR_PERMISSION } from '../gates/moderator-gate.js';
import { postModLog } from '../readings/post-mod-log.js';
import {
  BOTH_SOURCES_MESSAGE,
  formatModLogChange,
  NO_SOURCE_MESSAGE,
  READINGS_UNAVAILABLE_MESSAGE,
} from '../readings/reading-messages.js';
import { renderPreview } from '../readings/reading-preview.js';
import { escapeMarkdownText } from '../render/highlight.js';
import { truncateLine } from '../render/truncate.js';
import { forEdit, toChoices, toReply } from '../to-reply.js';
import type { BotContext, Command } from '../types.js';

export default {
  data: new SlashCommandBuilder()
    .setName('readings')
    .setContexts(...IN_SERVERS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setDescription("Moderators: this server's own readings, quoted beside the shared corpus")
    .setDefaultMemberPermissions(MODERATOR_PERMISSION)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Preview a document before adding it (a file or a web page)')
        .addAttachmentOption((o) => o.setName('file').setDescription('.html, .txt or .md (corpus format)'))
        .addStringOption((o) => o.setName('url').setDescription('An http(s) address of an article').setMaxLength(2000)),
    )
    .addSubcommand((s) => s.setName('list').setDescription("This server's readings"))
    .addSubcommand((s) =>
      s
        .setName('show')
        .setDescription('One reading in detail')
        .addStringOption((o) => o.setName('id').setDescription('Reading id').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Remove a reading: it is no longer quoted')
        .addStringOption((o) => o.setName('id').setDescription('Reading id').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('shared')
        .setDescription('Whether answers here also quote the shared corpus')
        .addBooleanOption((o) =>
          o.setName('enabled').setDescription('true: shared + own; false: own only').setRequired(true),
        ),
    ),
  gate: 'moderator',
  async execute(interaction, context, { guildId }) {
    if (!interaction.isChatInputCommand()) return;
    const sub = interaction.options.getSubcommand();
    if (sub === 'add') {
      const file = interaction.options.getAttachment('file');
      const url = interaction.options.getString('url')?.trim() || null;
      if ((file === null) === (url === null)) {
        const content = file === null ? NO_SOURCE_MESSAGE : BOTH_SOURCES_MESSAGE;
        await interaction.reply(toReply({ content, ephemeral: true }));
        return;
      }
      // Fetching and extracting a page can take longer than Discord's 3 s.
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const prepared =
        file !== null
          ? await readAttachment(context, file.name, file.url, file.size)
          : await prepareReading({ kind: 'url', url: url ?? '' }, context.readings);
      if (prepared.kind === 'refused') {
        await interaction.editReply(forEdit(toReply({ content: `Cannot read that: ${prepared.message}` })));
        return;
      }
      const draftId = context.readingDrafts.create(prepared.draft, guildId, interaction.user.id);
      await interaction.editReply(forEdit(toReply(renderPreview(prepared.draft, draftId))));
      return;
    }
    if (sub === 'list') {
      await interaction.reply(toReply({ content: describeList(context, guildId), ephemeral: true }));
      return;
    }
    if (sub === 'shared') {
      const enabled = interaction.options.getBoolean('enabled', true);
      const saved = context.store.readings.setSharedCorpus(guildId, enabled, interaction.user.id);
      if (!saved.ok) {
        await interaction.reply(toReply({ content: READINGS_UNAVAILABLE_MESSAGE, ephemeral: true }));
        return;
      }
      context.guildIndexes.invalidate(guildId);
      const state = enabled ? 'the shared corpus and this server’s readings' : 'this server’s readings only';
      await interaction.reply(toReply({ content: `Saved. Answers here now quote ${state}.`, ephemeral: true }));
      await postModLog(
        context,
        interaction.client,
        guildId,
        `Shared corpus ${enabled ? 'on' : 'off'} for this server, by <@${interaction.user.id}>`,
      );
      return;
    }
    const id = interaction.options.getString('id', true).trim();
    if (sub === 'show') {
      const found = context.store.readings.get(guildId, id);
      const content = !found.ok
        ? READINGS_UNAVAILABLE_MESSAGE
        : found.value === null
          ? `No reading \`${escapeMarkdownText(truncateLine(id, 100))}\` in this server.`
          : describeReading(found.value);
      await interaction.reply(toReply({ content, ephemeral: true }));
      return;
    }
    const removed = context.store.readings.remove(guildId, id, interaction.user.id);
    if (!removed.ok || removed.value === null) {
      const content = removed.ok
        ? `No reading \`${escapeMarkdownText(truncateLine(id, 100))}\` in this server.`
        : READINGS_UNAVAILABLE_MESSAGE;
      await interaction.reply(toReply({ content, ephemeral: true }));
      return;
    }
    // The next question builds this server's index without it.
    context.guildIndexes.invalidate(guildId);
    await interaction.reply(
      toReply({ content: `Removed \`${removed.value.documentId}\`: it is no longer quoted here.`, ephemeral: true }),
    );
    await postModLog(
      context,
      interaction.client,
      guildId,
      formatModLogChange('removed', interaction.user.id, removed.value),
    );
  },
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused().toLowerCase();
    const listed = context.store.readings.list(interaction.guildId ?? '');
    const ids = listed.ok ? listed.value.map((r) => r.documentId) : [];
    await interaction.respond(toChoices(ids.filter((id) => id.includes(typed))));
  },
} satisfies Command<'moderator'>;

/** An attachment is fetched with the same guards as a URL (its address comes from Discord's payload). */
async function readAttachment(context: BotContext, name: string, url: string, size: number) {
  const limit = context.readings.limits.bytesPerDocument;
  if (size > limit)
    return {
      kind: 'refused',
      message: `the file is larger than this server's limit of ${Math.round(limit / 1024)} KiB`,
    } as const;
  const fetched = await fetchUrl(url, { ...context.readings.fetch, maxBytes: limit, anyContentType: true });
  if (fetched.kind === 'refused') return { kind: 'refused', message: fetched.message } as const;
  return prepareReading({ kind: 'file', name, bytes: fetched.bytes }, context.readings);
}

function describeList(context: BotContext, guildId: string): string {
  const listed = context.store.readings.list(guildId);
  const shared = context.store.readings.usesSharedCorpus(guildId);
  if (!listed.ok || !shared.ok) return READINGS_UNAVAILABLE_MESSAGE;
  const { limits } = context.readings;
  const paragraphs = listed.value.reduce((sum, r) => sum + r.paragraphCount, 0);
  const header = [
    `Shared corpus: ${shared.value ? 'on' : 'off'} (\`/readings shared\`).`,
    `${listed.value.length} of ${limits.documentsPerServer} readings, ${paragraphs} of ${limits.paragraphsPerServer} paragraphs.`,
  ];
  const lines = listed.value.map(
    (r) =>
      `\`${r.documentId}\`: ${escapeMarkdownText(truncateLine(r.outlet, 60))}, “${escapeMarkdownText(truncateLine(r.title, 90))}”, ${r.paragraphCount} paragraphs, added by <@${r.addedBy}> <t:${Math.floor(r.addedAt / 1000)}:d>`,
  );
  return truncateLine([...header, ...lines].join('\n'), 2000);
}

function describeReading(
  reading: NonNullable<Extract<ReturnType<BotContext['store']['readings']['get']>, { ok: true }>['value']>,
): string {
  const none = (value: string | null) =>
    value === null ? '*not known*' : escapeMarkdownText(truncateLine(value, 200));
  const firstParagraph = reading.body.split(/\n\s*\n/u)[0] ?? '';
  return truncateLine(
    [
      `\`${reading.documentId}\``,
      `Outlet: ${escapeMarkdownText(reading.outlet)}`,
      `Title: ${escapeMarkdownText(reading.title)}`,
      `Author: ${none(reading.author)} · Date: ${none(reading.published)} · URL: ${none(reading.url)}`,
      `${reading.paragraphCount} paragraphs, ${reading.exclude.length} furniture entries; from ${escapeMarkdownText(truncateLine(reading.sourceName, 200))} (${reading.sourceKind}, ${reading.originalBytes} bytes)`,
      `Added by <@${reading.addedBy}> <t:${Math.floor(reading.addedAt / 1000)}:f>`,
      `> ${escapeMarkdownText(truncateLine(firstParagraph, 400))}`,
    ].join('\n'),
    2000,
  );
}
