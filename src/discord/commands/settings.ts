// /settings: where and how the bot answers in this server. Each change is committed to the database
// before the moderator is told it is done; when the database is down the reply says it was not saved.
import { ChannelType, SlashCommandBuilder } from 'discord.js';
import { formatSettings } from '../../moderation/format-settings.js';
import type { GuildSettings, GuildSettingsPatch } from '../../store/index.js';
import { MODERATOR_PERMISSION, requireModerator } from '../moderation/require-moderator.js';
import { describeStoreFailure } from '../render/store-failure.js';
import { toChoices, toReply } from '../to-reply.js';
import type { BotContext, Command } from '../types.js';

const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum] as const;

/** The change a subcommand asks for, from the current settings; a string is a refusal to show. */
function patchFor(
  sub: string,
  options: {
    channel: () => string | null;
    string: (name: string) => string | null;
    integer: (name: string) => number | null;
    boolean: (name: string) => boolean | null;
  },
  current: GuildSettings,
  context: BotContext,
): GuildSettingsPatch | string {
  switch (sub) {
    case 'channels': {
      const action = options.string('action');
      const channel = options.channel();
      if (action === 'clear') return { allowedChannelIds: [] };
      if (channel === null) return 'Choose a channel to add or remove.';
      const others = current.allowedChannelIds.filter((id) => id !== channel);
      return { allowedChannelIds: action === 'add' ? [...others, channel] : others };
    }
    case 'visibility':
      return { visibility: options.string('default') === 'private' ? 'private' : 'public' };
    case 'results':
      return { resultsPerAnswer: options.integer('count') ?? current.resultsPerAnswer };
    case 'cooldown':
      return { cooldownSeconds: options.integer('seconds') ?? current.cooldownSeconds };
    case 'mentions':
      return { answerMentions: options.boolean('answer') ?? current.answerMentions };
    case 'modlog':
      return { modLogChannelId: options.channel() };
    case 'retention':
      return { retentionDays: options.integer('days') ?? current.retentionDays };
    case 'outlets': {
      const action = options.string('action');
      if (action === 'all') return { enabledOutlets: null };
      const outlet = context.outlets.find((o) => o.toLowerCase() === options.string('outlet')?.trim().toLowerCase());
      if (outlet === undefined) return 'Choose an outlet from the list.';
      const enabled = current.enabledOutlets ?? context.outlets;
      const next = action === 'enable' ? [...new Set([...enabled, outlet])] : enabled.filter((o) => o !== outlet);
      if (next.length === 0) return 'At least one outlet must stay enabled.';
      return { enabledOutlets: next.length === context.outlets.length ? null : next };
    }
    default:
      return `Unknown setting: ${sub}`;
  }
}

export default {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription('Moderators: where and how the bot answers in this server')
    .setDefaultMemberPermissions(MODERATOR_PERMISSION)
    .setDMPermission(false)
    .addSubcommand((s) => s.setName('show').setDescription('Show this server’s settings'))
    .addSubcommand((s) =>
      s
        .setName('channels')
        .setDescription('Channels where the bot answers (none listed: everywhere)')
        .addStringOption((o) =>
          o
            .setName('action')
            .setDescription('Add, remove, or clear the list')
            .setRequired(true)
            .addChoices(
              { name: 'add', value: 'add' },
              { name: 'remove', value: 'remove' },
              { name: 'clear', value: 'clear' },
            ),
        )
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('The channel')
            .addChannelTypes(...TEXT_CHANNELS),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('visibility')
        .setDescription('Whether /ask answers are public or private by default')
        .addStringOption((o) =>
          o
            .setName('default')
            .setDescription('public or private')
            .setRequired(true)
            .addChoices({ name: 'public', value: 'public' }, { name: 'private', value: 'private' }),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('results')
        .setDescription('Quotes per answer')
        .addIntegerOption((o) =>
          o.setName('count').setDescription('1 to 5').setRequired(true).setMinValue(1).setMaxValue(5),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('cooldown')
        .setDescription('Seconds a member waits between questions (moderators exempt)')
        .addIntegerOption((o) =>
          o.setName('seconds').setDescription('0 to 3600').setRequired(true).setMinValue(0).setMaxValue(3600),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('outlets')
        .setDescription('Which outlets are quoted in this server')
        .addStringOption((o) =>
          o
            .setName('action')
            .setDescription('Enable or disable one outlet, or enable all')
            .setRequired(true)
            .addChoices(
              { name: 'enable', value: 'enable' },
              { name: 'disable', value: 'disable' },
              { name: 'all', value: 'all' },
            ),
        )
        .addStringOption((o) => o.setName('outlet').setDescription('The outlet').setAutocomplete(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('mentions')
        .setDescription('Whether the bot answers when mentioned')
        .addBooleanOption((o) => o.setName('answer').setDescription('Answer mentions').setRequired(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('modlog')
        .setDescription('Channel for a short line per answer (leave empty to turn off)')
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('The channel')
            .addChannelTypes(...TEXT_CHANNELS),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('retention')
        .setDescription('Days questions are kept before the daily purge')
        .addIntegerOption((o) =>
          o.setName('days').setDescription('1 to 3650').setRequired(true).setMinValue(1).setMaxValue(3650),
        ),
    ),
  async execute(interaction, context) {
    if (!interaction.isChatInputCommand() || !(await requireModerator(interaction))) return;
    const guildId = interaction.guildId ?? '';
    const sub = interaction.options.getSubcommand();
    if (sub === 'show') {
      const read = context.store.settings.read(guildId);
      const settings = read.ok ? read.value : context.store.settings.get(guildId);
      await interaction.reply(
        toReply({ content: formatSettings({ settings, fromDatabase: read.ok }), ephemeral: true }),
      );
      return;
    }
    const o = interaction.options;
    const patch = patchFor(
      sub,
      {
        // The raw option value is the channel id; getChannel() would also need Discord's resolved data.
        channel: () => {
          const value = o.get('channel')?.value;
          return typeof value === 'string' ? value : null;
        },
        string: (name) => o.getString(name),
        integer: (name) => o.getInteger(name),
        boolean: (name) => o.getBoolean(name),
      },
      context.store.settings.get(guildId),
      context,
    );
    if (typeof patch === 'string') {
      await interaction.reply(toReply({ content: patch, ephemeral: true }));
      return;
    }
    // Committed before the reply: once the moderator reads "Saved", the setting survives a crash.
    const { settings } = context.store;
    const saved = settings.update(guildId, patch, interaction.user.id);
    const content = saved.ok
      ? `Saved.\n${formatSettings({ settings: saved.value, fromDatabase: true })}`
      : describeStoreFailure('save-settings', saved);
    await interaction.reply(toReply({ content, ephemeral: true }));
  },
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused().toLowerCase();
    await interaction.respond(toChoices(context.outlets.filter((o) => o.toLowerCase().includes(typed))));
  },
} satisfies Command;
