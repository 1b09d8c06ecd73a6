// A fake Discord on 127.0.0.1 that real discord.js logs into: REST (FakeRest) plus gateway (FakeGateway),
// and builders for the payloads a test dispatches. Reusable by any bot test:
//   const discord = await startFakeDiscord();  // then DISCORD_API_URL = discord.apiUrl
//   discord.dispatch('INTERACTION_CREATE', discord.slashCommand('ask', { question: '...' }));
//   const reply = await discord.waitForRequest(isOriginalEdit(interaction));
import { FakeGateway } from './fake-gateway.js';
import { FakeRest, makeSnowflake, type RecordedRequest, type RequestMatcher } from './fake-rest.js';

export interface FakeDiscordOptions {
  /** The token the fake accepts; anything else gets 401 on REST and close 4004 on the gateway. */
  readonly token?: string;
  /** Whether the application may use privileged intents (the Developer Portal switches). Default true. */
  readonly allowPrivilegedIntents?: boolean;
  /** The shard count `GET /gateway/bot` recommends. Default 1. */
  readonly shards?: number;
}

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly discriminator: string;
  readonly global_name: string | null;
  readonly avatar: null;
  readonly bot?: boolean;
}

/** Interaction types and option types, as numbers on the wire. */
const INTERACTION_COMMAND = 2;
const INTERACTION_COMPONENT = 3;
const INTERACTION_AUTOCOMPLETE = 4;
const OPTION_TYPES = { string: 3, integer: 4, boolean: 5 } as const;

export type OptionValue = string | number | boolean;

export interface InteractionPayload {
  readonly id: string;
  readonly token: string;
  readonly [key: string]: unknown;
}

export function makeUser(username: string, bot = false): FakeUser {
  return {
    id: makeSnowflake(),
    username,
    discriminator: '0',
    global_name: username,
    avatar: null,
    ...(bot && { bot }),
  };
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = makeSnowflake();
  readonly botUser = makeUser('Sourced Answers', true);
  readonly user = makeUser('asker');
  readonly otherUser = makeUser('bystander');
  /** A plain member: no Manage Server. `user` (the asker) runs the server and is a moderator. */
  readonly member = makeUser('member');
  readonly guildId = makeSnowflake();
  readonly channelId = makeSnowflake();
  /** A second text channel in the guild, e.g. for a moderators' log. */
  readonly otherChannelId = makeSnowflake();
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? 'fake';
    this.gateway = new FakeGateway({
      token: this.token,
      applicationId: this.applicationId,
      botUser: { ...this.botUser },
      guild: this.guild(),
      sessionId: 'fake-session',
      allowPrivilegedIntents: options.allowPrivilegedIntents ?? true,
    });
    this.rest = new FakeRest({
      token: this.token,
      applicationId: this.applicationId,
      botUser: { ...this.botUser },
      gatewayUrl: () => this.gateway.url,
      channelId: this.channelId,
      ...(options.shards !== undefined && { shards: options.shards }),
    });
  }

  get apiUrl(): string {
    return this.rest.apiUrl;
  }

  get requests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }

  waitForRequest(match: RequestMatcher, timeoutMs?: number): Promise<RecordedRequest> {
    return this.rest.waitForRequest(match, timeoutMs);
  }

  dispatch(event: string, data: unknown): void {
    this.gateway.dispatch(event, data);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    await this.rest.close();
  }

  slashCommand(
    name: string,
    options: Record<string, OptionValue> = {},
    user: FakeUser = this.user,
  ): InteractionPayload {
    return this.interaction(INTERACTION_COMMAND, user, {
      id: makeSnowflake(),
      name,
      type: 1,
      options: Object.entries(options).map(([optionName, value]) => ({
        name: optionName,
        type: typeof value === 'number' ? OPTION_TYPES.integer : OPTION_TYPES[typeof value as 'string' | 'boolean'],
        value,
      })),
    });
  }

  autocomplete(name: string, focused: string, value: string, others: Record<string, OptionValue> = {}) {
    return this.interaction(INTERACTION_AUTOCOMPLETE, this.user, {
      id: makeSnowflake(),
      name,
      type: 1,
      options: [
        ...Object.entries(others).map(([n, v]) => ({ name: n, type: OPTION_TYPES.string, value: v })),
        { name: focused, type: OPTION_TYPES.string, value, focused: true },
      ],
    });
  }

  messageCommand(name: string, target: Record<string, unknown>, user: FakeUser = this.user): InteractionPayload {
    return this.interaction(INTERACTION_COMMAND, user, {
      id: makeSnowflake(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [String(target.id)]: target } },
    });
  }

  /** A button press on `message` (a message object the bot sent, as the fake echoed it back). */
  buttonPress(customId: string, message: Record<string, unknown>, user: FakeUser = this.user): InteractionPayload {
    return this.interaction(INTERACTION_COMPONENT, user, { custom_id: customId, component_type: 2 }, { message });
  }

  /** A channel message, as MESSAGE_CREATE carries it. */
  message(content: string, options: { author?: FakeUser; mentions?: FakeUser[] } = {}): Record<string, unknown> {
    const author = options.author ?? this.user;
    return {
      id: makeSnowflake(),
      channel_id: this.channelId,
      guild_id: this.guildId,
      author,
      member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
      content,
      type: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: options.mentions ?? [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
    };
  }

  /** Interaction member permissions: the asker also has Manage Server (0x20), everyone else does not. */
  permissionsOf(user: FakeUser): string {
    const base = 2248473465835073n;
    return String(user.id === this.user.id ? base | 0x20n : base);
  }

  private interaction(
    type: number,
    user: FakeUser,
    data: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): InteractionPayload {
    return {
      id: makeSnowflake(),
      application_id: this.applicationId,
      type,
      token: `token-${makeSnowflake()}`,
      version: 1,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' },
      member: {
        user,
        roles: [],
        permissions: this.permissionsOf(user),
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      data,
      ...extra,
    };
  }

  private guild(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: 'Fake Guild',
      unavailable: false,
      owner_id: this.user.id,
      member_count: 3,
      large: false,
      joined_at: new Date(0).toISOString(),
      features: [],
      emojis: [],
      stickers: [],
      roles: [{ id: this.guildId, name: '@everyone', permissions: '1071698660929', position: 0, color: 0 }],
      channels: [
        { id: this.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [] },
        { id: this.otherChannelId, type: 0, name: 'mod-log', position: 1, permission_overwrites: [] },
      ],
      members: [],
      voice_states: [],
      presences: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const discord = new FakeDiscord(options);
  await discord.gateway.listen();
  await discord.rest.listen();
  return discord;
}

// Matchers for the requests a test usually waits for.
export const isCallback =
  (interaction: InteractionPayload): RequestMatcher =>
  (r) =>
    r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;

export const isOriginalEdit =
  (interaction: InteractionPayload, status: number | null = 200): RequestMatcher =>
  (r) =>
    r.method === 'PATCH' &&
    r.path.endsWith(`/${interaction.token}/messages/@original`) &&
    (status === null || r.status === status);

export const isFollowUp =
  (interaction: InteractionPayload): RequestMatcher =>
  (r) =>
    r.method === 'POST' && r.path.startsWith('/webhooks/') && r.path.endsWith(`/${interaction.token}`);
