// /sources: what the corpus holds, one line per document, so people know what can be asked.
import { SlashCommandBuilder } from 'discord.js';
import { escapeControlCharacters } from '../../core/answer/escape-controls.js';
import { IN_SERVERS_AND_DMS, INSTALLED_TO } from '../command-contexts.js';
import { DISCORD_LIMITS } from '../discord-limits.js';
import { escapeMetadata } from '../render/highlight.js';
import { truncateLine } from '../render/truncate.js';
import { toReply } from '../to-reply.js';
import type { Command } from '../types.js';

export default {
  data: new SlashCommandBuilder()
    .setContexts(...IN_SERVERS_AND_DMS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setName('sources')
    .setDescription('List the documents the answers are quoted from'),
  gate: 'none',
  async execute(interaction, context) {
    const { documents } = context.indexFor(interaction.guildId);
    const lines = documents.map((d) => {
      const count = d.paragraphs.filter((p) => !p.excluded).length;
      const author = d.author ? `, ${escapeMetadata(truncateLine(d.author, 80))}` : '';
      const title = escapeMetadata(truncateLine(d.title, 120));
      return `**${escapeMetadata(truncateLine(d.outlet, 80))}**: \u201C${title}\u201D${author} \u00B7 ${count} paragraphs \u00B7 \`${escapeControlCharacters(d.id).replaceAll('`', "'")}\``;
    });
    // Whole lines only; a large corpus ends with a count of what did not fit.
    const room = DISCORD_LIMITS.description - 60;
    let description = '';
    let shown = 0;
    for (const line of lines) {
      if (description.length + line.length + 1 > room) break;
      description += `${line}\n`;
      shown += 1;
    }
    if (shown < lines.length) description += `\u2026and ${lines.length - shown} more documents.`;
    const outlets = context.outlets.length;
    await interaction.reply(
      toReply({
        embeds: [
          {
            title: `${documents.length} documents from ${outlets} outlet${outlets === 1 ? '' : 's'}`,
            body: { plain: description.trimEnd(), render: (text) => text },
            footer: 'Quote a paragraph with /quote id:<document-id>#<n>',
          },
        ],
      }),
    );
  },
} satisfies Command<'none'>;
