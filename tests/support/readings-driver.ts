// Driving /readings through a harness: payloads for a subcommand (in this server or another), an
// attachment option, a button press and a modal submit, and a member's question read back as outlets.
import { listAnsweringOutlets } from './answer-embeds.js';
import type { Harness } from './bot-harness.js';
import {
  type FakeUser,
  type InteractionPayload,
  isCallback,
  isOriginalEdit,
  makeSnowflake,
  type RecordedRequest,
} from './fake-discord/index.js';

const OPTION = { string: 3, boolean: 5, attachment: 11 } as const;
export const CALLBACK = { reply: 4, defer: 5, update: 7, modal: 9 } as const;

export type ReadingOption = string | boolean | { readonly attachment: { name: string; url: string; size: number } };

/** The same interaction as if it came from another server (its own guild id). */
export function inGuild(payload: InteractionPayload, guildId: string): InteractionPayload {
  const channel = payload.channel as Record<string, unknown>;
  return { ...payload, guild_id: guildId, channel: { ...channel, guild_id: guildId } };
}

export function createReadingsDriver(harness: () => Harness) {
  const discord = () => harness().discord;

  function readings(sub: string, options: Record<string, ReadingOption> = {}, user?: FakeUser): InteractionPayload {
    const payload = discord().slashCommand('readings', {}, user ?? discord().user);
    const data = payload.data as Record<string, unknown>;
    const attachments: Record<string, unknown> = {};
    const list = Object.entries(options).map(([name, value]) => {
      if (typeof value === 'object') {
        const id = makeSnowflake();
        attachments[id] = {
          id,
          filename: value.attachment.name,
          size: value.attachment.size,
          url: value.attachment.url,
          proxy_url: value.attachment.url,
          content_type: 'application/octet-stream',
        };
        return { name, type: OPTION.attachment, value: id };
      }
      return { name, type: typeof value === 'boolean' ? OPTION.boolean : OPTION.string, value };
    });
    data.options = [{ name: sub, type: 1, options: list }];
    if (Object.keys(attachments).length > 0) data.resolved = { attachments };
    return payload;
  }

  /** Dispatches and returns the first answer: the reply, or the edit after a deferral. */
  async function send(
    payload: InteractionPayload,
  ): Promise<{ callback: RecordedRequest; body: RecordedRequest['body'] }> {
    discord().dispatch('INTERACTION_CREATE', payload);
    const callback = await discord().waitForRequest(isCallback(payload));
    if (callback.body.type !== CALLBACK.defer) return { callback, body: callback.body.data };
    const edit = await discord().waitForRequest(isOriginalEdit(payload));
    return { callback, body: { ...edit.body, message: { ...edit.response, channel_id: discord().channelId } } };
  }

  function press(customId: string, message: Record<string, unknown>, user?: FakeUser): InteractionPayload {
    return discord().buttonPress(customId, message, user ?? discord().user);
  }

  function submitModal(customId: string, values: Record<string, string>, message: Record<string, unknown>) {
    const payload = discord().buttonPress(customId, message, discord().user) as Record<string, unknown>;
    return {
      ...payload,
      type: 5,
      data: {
        custom_id: customId,
        components: Object.entries(values).map(([id, value]) => ({
          type: 1,
          components: [{ type: 4, custom_id: id, value }],
        })),
      },
    } as unknown as InteractionPayload;
  }

  /** The outlets quoted in answer to a member's /ask (the asker, a moderator: no cooldown). */
  async function askOutlets(question: string, guildId?: string): Promise<string[]> {
    const base = discord().slashCommand('ask', { question });
    const payload = guildId === undefined ? base : inGuild(base, guildId);
    discord().dispatch('INTERACTION_CREATE', payload);
    const edit = await discord().waitForRequest(isOriginalEdit(payload));
    return listAnsweringOutlets(edit.body);
  }

  return { readings, send, press, submitModal, askOutlets };
}

export function customIdsOf(body: RecordedRequest['body']): string[] {
  return ((body.components ?? []) as Array<{ components: Array<{ custom_id: string }> }>).flatMap((row) =>
    row.components.map((c) => c.custom_id),
  );
}
