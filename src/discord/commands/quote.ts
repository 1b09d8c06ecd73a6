// /quote id:<paragraph id>: one paragraph in full with its neighbours, the way a footer id is traced back.
import { SlashCommandBuilder } from 'discord.js';
import { IN_SERVERS_AND_DMS, INSTALLED_TO } from '../command-contexts.js';
import { renderParagraphContext } from '../render/context-reply.js';
import { toChoices, toReply } from '../to-reply.js';
import type { Command } from '../types.js';

export default {
  data: new SlashCommandBuilder()
    .setContexts(...IN_SERVERS_AND_DMS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setName('quote')
    .setDescription('Show one paragraph in full, with the paragraphs around it')
    .addStringOption((o) =>
      o
        .setName('id')
        .setDescription('Paragraph id from a quote footer, like document-id#3')
        .setRequired(true)
        .setMaxLength(200)
        .setAutocomplete(true),
    ),
  gate: 'none',
  async execute(interaction, context) {
    if (!interaction.isChatInputCommand()) return;
    const id = interaction.options.getString('id', true).trim();
    await interaction.reply(toReply(renderParagraphContext(context.indexFor(interaction.guildId), id, false)));
  },
  async autocomplete(interaction, context) {
    // Document ids first; once a "#" is typed, that document's quotable paragraph ids.
    const typed = interaction.options.getFocused().trim();
    const hash = typed.indexOf('#');
    const { documents } = context.indexFor(interaction.guildId);
    const candidates =
      hash < 0
        ? documents.map((d) => `${d.id}#`).filter((id) => id.includes(typed))
        : documents
            .filter((d) => d.id === typed.slice(0, hash))
            .flatMap((d) => d.paragraphs.filter((p) => !p.excluded).map((p) => p.id))
            .filter((id) => id.startsWith(typed));
    await interaction.respond(toChoices(candidates));
  },
} satisfies Command<'none'>;
