// /history: recent questions and the paragraphs quoted, for moderators, privately; `export` attaches
// every recorded question (within retention) as CSV or JSON.
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { DEFAULT_HISTORY_LIMIT, formatHistoryExport, MAX_HISTORY_LIMIT } from '../../store/index.js';
import { IN_SERVERS, INSTALLED_TO } from '../command-contexts.js';
import { MODERATOR_PERMISSION } from '../gates/moderator-gate.js';
import { formatHistory } from '../render/format-history.js';
import { describeStoreFailure } from '../render/store-failure.js';
import { forEdit, toReply } from '../to-reply.js';
import type { Command } from '../types.js';

/** /history show lists at most this many: more would not fit one message; export has them all. */
const MAX_SHOWN = 50;

export default {
  data: new SlashCommandBuilder()
    .setName('history')
    .setContexts(...IN_SERVERS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setDescription('Moderators: recent questions and what was quoted')
    .setDefaultMemberPermissions(MODERATOR_PERMISSION)
    .addSubcommand((s) =>
      s
        .setName('show')
        .setDescription('Recent questions, newest first')
        .addUserOption((o) => o.setName('user').setDescription('Only this member'))
        .addIntegerOption((o) =>
          o
            .setName('limit')
            .setDescription(`How many (1 to ${MAX_SHOWN}, default ${DEFAULT_HISTORY_LIMIT})`)
            .setMinValue(1)
            .setMaxValue(MAX_SHOWN),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('export')
        .setDescription('Every recorded question as a file')
        .addStringOption((o) =>
          o
            .setName('format')
            .setDescription('csv or json')
            .setRequired(true)
            .addChoices({ name: 'csv', value: 'csv' }, { name: 'json', value: 'json' }),
        )
        .addUserOption((o) => o.setName('user').setDescription('Only this member')),
    ),
  gate: 'moderator',
  async execute(interaction, context, { guildId }) {
    if (!interaction.isChatInputCommand()) return;
    const userId = interaction.options.getUser('user')?.id;
    const exporting = interaction.options.getSubcommand() === 'export';
    const limit = exporting ? MAX_HISTORY_LIMIT : (interaction.options.getInteger('limit') ?? DEFAULT_HISTORY_LIMIT);
    const history = context.store.audit.listHistory(guildId, { limit, ...(userId !== undefined && { userId }) });
    if (!history.ok) {
      await interaction.reply(toReply({ content: describeStoreFailure('read-history', history), ephemeral: true }));
      return;
    }
    if (!exporting) {
      await interaction.reply(toReply({ content: formatHistory(history.value), ephemeral: true }));
      return;
    }
    // A big export can take a moment to build and upload: acknowledge first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const format = interaction.options.getString('format') === 'json' ? 'json' : 'csv';
    const file = formatHistoryExport(history.value, format, guildId, context.now());
    const summary = `${history.value.length} question${history.value.length === 1 ? '' : 's'} attached.`;
    const attachment = { attachment: Buffer.from(file.content, 'utf8'), name: file.fileName };
    await interaction.editReply(forEdit(toReply({ content: summary, files: [attachment] })));
  },
} satisfies Command<'moderator'>;
