// Questions in a direct message with the bot: no server's settings, no audit, and limits per person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_ONLY_MESSAGE } from '../../src/discord/gates/moderator-gate.js';
import { DEFAULT_RATE_LIMIT } from '../../src/policy/rate-limit.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import {
  type FakeUser,
  type InteractionPayload,
  isCallback,
  isOriginalEdit,
  makeUser,
} from '../support/fake-discord/index.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** The interaction as Discord sends it from a DM: a user, no member, no guild, a DM channel. */
function inDm(interaction: InteractionPayload, user: FakeUser): InteractionPayload {
  const { guild_id: _guild, member: _member, ...rest } = interaction as InteractionPayload & Record<string, unknown>;
  const channelId = `9${user.id.slice(1)}`;
  return {
    ...rest,
    user,
    channel_id: channelId,
    channel: { id: channelId, type: 1, recipients: [user] },
    context: 1,
    authorizing_integration_owners: { '0': '0' },
    app_permissions: '2248473465835073',
  };
}

async function run(interaction: InteractionPayload) {
  h.discord.dispatch('INTERACTION_CREATE', interaction);
  return h.discord.waitForRequest(isCallback(interaction));
}

describe('in a direct message', () => {
  it('gives each person their own limits: more people than the server burst limit are all answered', async () => {
    const people = Array.from({ length: DEFAULT_RATE_LIMIT.burstLimit + 2 }, (_, i) => makeUser(`dm-${i}`));
    const callbacks = [];
    for (const person of people)
      callbacks.push(
        await run(inDm(h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, person), person)),
      );
    expect(callbacks.map((c) => c.body.type)).toEqual(people.map(() => 5));
  });

  it('answers without Helpful / Not relevant / Remove, which need an audited answer', async () => {
    const person = makeUser('dm-buttons');
    const i = inDm(h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, person), person);
    await run(i);
    const edit = await h.discord.waitForRequest(isOriginalEdit(i));
    expect(edit.body.embeds.length).toBeGreaterThan(0);
    const ids = (edit.body.components as Array<{ components: Array<{ custom_id: string }> }>).flatMap((r) =>
      r.components.map((c) => c.custom_id),
    );
    expect(ids.some((id) => id.startsWith('ctx:'))).toBe(true);
    expect(ids.filter((id) => id === 'rm' || id.startsWith('fb:'))).toEqual([]);
  });

  it('speaks to the person, not to a server, when they ask too quickly', async () => {
    const person = makeUser('dm-quick');
    await run(inDm(h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, person), person));
    const again = await run(inDm(h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, person), person));
    expect(again.body.data).toMatchObject({ flags: 64, content: expect.stringMatching(/^You are asking quickly/) });
  });

  it('refuses a moderator command, which works in servers only', async () => {
    const person = makeUser('dm-settings');
    const i = inDm(h.discord.slashCommand('settings', {}, person), person);
    (i.data as { options: unknown[] }).options = [{ name: 'show', type: 1, options: [] }];
    expect((await run(i)).body.data).toMatchObject({ content: SERVER_ONLY_MESSAGE, flags: 64 });
  });
});
