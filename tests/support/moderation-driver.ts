// Driving moderator commands and members' questions through a harness, for the moderation tests.
import { expect } from 'vitest';
import type { Harness } from './bot-harness.js';
import {
  type FakeUser,
  type InteractionPayload,
  isCallback,
  isOriginalEdit,
  type RecordedRequest,
} from './fake-discord/index.js';

export const EPHEMERAL = 64;

/** Option types on the wire; a channel option's value is the channel id. */
const OPTION_TYPE = { string: 3, integer: 4, boolean: 5, channel: 7 } as const;
export type SubOption = string | number | boolean | { readonly channel: string };

function toOption(name: string, value: SubOption) {
  if (typeof value === 'object') return { name, type: OPTION_TYPE.channel, value: value.channel };
  const type = typeof value === 'number' ? OPTION_TYPE.integer : OPTION_TYPE[typeof value as 'string' | 'boolean'];
  return { name, type, value };
}

export function createModerationDriver(harness: () => Harness) {
  const discord = () => harness().discord;

  async function run(interaction: InteractionPayload): Promise<RecordedRequest> {
    discord().dispatch('INTERACTION_CREATE', interaction);
    return discord().waitForRequest(isCallback(interaction));
  }

  /** `/name sub option:value…` as `user` (the moderator unless told). */
  function subcommand(name: string, sub: string, options: Record<string, SubOption> = {}, user?: FakeUser) {
    const i = discord().slashCommand(name, {}, user ?? discord().user);
    (i.data as { options: unknown[] }).options = [
      { name: sub, type: 1, options: Object.entries(options).map(([n, v]) => toOption(n, v)) },
    ];
    return i;
  }

  /** A setting changed by the moderator; fails the test unless the bot says it is saved. */
  async function setSetting(sub: string, options: Record<string, SubOption>): Promise<RecordedRequest> {
    const reply = await run(subcommand('settings', sub, options));
    expect(reply.body.data.content, JSON.stringify(reply.body.data)).toMatch(/^Saved\./);
    return reply;
  }

  /** A member's /ask; returns the deferral, the edited answer and the answer message as Discord holds it. */
  async function memberAsks(question: string, extra: Record<string, boolean> = {}) {
    const i = discord().slashCommand('ask', { question, ...extra }, discord().member);
    const defer = await run(i);
    const edit = await discord().waitForRequest(isOriginalEdit(i));
    const message = { ...edit.response, channel_id: discord().channelId };
    // The audit row follows the reply; buttons and exports in a test must not race it.
    const audit = harness().bot.context.store.audit;
    await expect
      .poll(() => audit.findByMessageId(message.id))
      .toMatchObject({ ok: true, value: { messageId: message.id } });
    return { defer, edit, message };
  }

  return { run, subcommand, setSetting, memberAsks };
}
