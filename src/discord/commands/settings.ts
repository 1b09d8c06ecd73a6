// /settings: where and how the bot answers in this server. Each change is committed to the database
// before the moderator is told it is done; when the database is down the reply says it was not saved.
import { ChannelType, type Client, SlashCommandBuilder, type SlashCommandIntegerOption } from 'discord.js';
import {
  describeRange,
  type GuildSettings,
  type GuildSettingsPatch,
  SETTING_RANGES,
  type SettingRange,
} from '../../store/index.js';
import { IN_SERVERS, INSTALLED_TO } from '../command-contexts.js';
import { MODERATOR_PERMISSION } from '../gates/moderator-gate.js';
import { formatSettings } from '../render/format-settings.js';
import { describeStoreFailure } from '../render/store-failure.js';
import { toChoices, toReply } from '../to-reply.js';
import type { BotContext, Command } from '../types.js';

const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum] as const;

export const FOREIGN_CHANNEL_MESSAGE = 'That channel is not in this server. Choose one of this server’s channels.';
export const UNKNOWN_CHANNEL_MESSAGE = 'I cannot see that channel. Choose a text channel I can post in.';

/** A mod-log channel must be one the bot can post in, in this server; a refusal to show, or null. */
async function checkModLogChannel(client: Client, channelId: string, guildId: string): Promise<string | null> {
  const channel = await client.channels.fetch(channelId).catch(() => null);
  if (!channel) return UNKNOWN_CHANNEL_MESSAGE;
  return 'guildId' in channel && channel.guildId === guildId ? null : FOREIGN_CHANNEL_MESSAGE;
}

/** An integer option bounded by a setting's one declared range. */
function ranged(option: SlashCommandIntegerOption, range: SettingRange): SlashCommandIntegerOption {
  return option.setDescription(describeRange(range)).setMinValue(range.min).setMaxValue(range.max);
}

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
    .setContexts(...IN_SERVERS)
    .setIntegrationTypes(...INSTALLED_TO)
    .setDescription('Moderators: where and how the bot answers in this server')
    .setDefaultMemberPermissions(MODERATOR_PERMISSION)
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
        .addIntegerOption((o) => ranged(o.setName('count').setRequired(true), SETTING_RANGES.resultsPerAnswer)),
    )
    .addSubcommand((s) =>
      s
        .setName('cooldown')
        .setDescription('Seconds a member waits between questions (moderators exempt)')
        .addIntegerOption((o) => ranged(o.setName('seconds').setRequired(true), SETTING_RANGES.cooldownSeconds)),
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
        .addIntegerOption((o) => ranged(o.setName('days').setRequired(true), SETTING_RANGES.retentionDays)),
    ),
  gate: 'moderator',
  async execute(interaction, context, { guildId }) {
    if (!interaction.isChatInputCommand()) return;
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
    if (sub === 'modlog' && typeof patch !== 'string' && patch.modLogChannelId) {
      const refusal = await checkModLogChannel(interaction.client, patch.modLogChannelId, guildId);
      if (refusal !== null) {
        await interaction.reply(toReply({ content: refusal, ephemeral: true }));
        return;
      }
    }
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
} satisfies Command<'moderator'>;
