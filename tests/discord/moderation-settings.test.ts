// Server settings as members meet them: default visibility, mentions on or off, and a change already on
// disk when the moderator reads "Saved".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { isCallback, type RecordedRequest } from '../support/fake-discord/index.js';
import { createModerationDriver, EPHEMERAL } from '../support/moderation-driver.js';

const databasePath = join(mkdtempSync(join(tmpdir(), 'bot-moderation-settings-')), 'bot.sqlite');
let clock = Date.parse('2026-11-24T12:00:00Z');
let h: Harness;
const { run, setSetting, memberAsks } = createModerationDriver(() => h);

beforeAll(async () => {
  h = await startHarness({ databasePath }, { now: () => clock });
});
beforeEach(() => {
  clock += 60 * 60 * 1000;
});
afterAll(async () => h?.stop());

function buttonIds(message: { components?: Array<{ components: Array<{ custom_id?: string }> }> }) {
  return (message.components ?? []).flatMap((r) => r.components.map((c) => c.custom_id));
}

describe('default visibility', () => {
  it('answers privately by default once set, unless the member asks for a public answer', async () => {
    await setSetting('visibility', { default: 'private' });
    try {
      const quiet = await memberAsks('Who is Carter Page?');
      expect(quiet.defer.body.data?.flags).toBe(EPHEMERAL);
      expect(quiet.edit.body.embeds.length).toBeGreaterThan(0);
      // A private answer cannot be voted on or removed by others: no moderation buttons.
      expect(buttonIds(quiet.message)).not.toContain('rm');
      clock += 60 * 60 * 1000;
      const loud = await memberAsks('Who is Carter Page?', { private: false });
      expect(loud.defer.body.data?.flags ?? 0).toBe(0);
      expect(buttonIds(loud.message)).toEqual(expect.arrayContaining(['rm', 'fb:helpful', 'fb:not-relevant']));
    } finally {
      await setSetting('visibility', { default: 'public' });
    }
  });
});

describe('answering mentions', () => {
  const repliesTo = (id: unknown) => (r: RecordedRequest) => r.body?.message_reference?.message_id === id;

  function mention(question: string) {
    const m = h.discord.message(`<@${h.discord.botUser.id}> ${question}`, {
      author: h.discord.member,
      mentions: [h.discord.botUser],
    });
    h.discord.dispatch('MESSAGE_CREATE', m);
    return m;
  }

  it('replies to a mention while mentions are on, and stays silent once a moderator turns them off', async () => {
    const answered = mention('Who is Carter Page?');
    const reply = await h.discord.waitForRequest(repliesTo(answered.id));
    expect(reply.body.embeds.length).toBeGreaterThan(0);

    await setSetting('mentions', { answer: false });
    try {
      clock += 60 * 60 * 1000;
      const ignored = mention('Who is Carter Page?');
      // Events are handled in order: once /sources is answered, the mention has been dealt with.
      const probe = h.discord.slashCommand('sources');
      h.discord.dispatch('INTERACTION_CREATE', probe);
      await h.discord.waitForRequest(isCallback(probe));
      expect(h.discord.requests.some(repliesTo(ignored.id))).toBe(false);
      // Slash commands still work with mentions off.
      const { edit } = await memberAsks('Who is Carter Page?');
      expect(edit.body.embeds.length).toBeGreaterThan(0);
    } finally {
      await setSetting('mentions', { answer: true });
    }
  });
});

describe('cooldown on the bot’s clock', () => {
  it('counts down the wait and answers again once it is over', async () => {
    await setSetting('cooldown', { seconds: 60 });
    try {
      await memberAsks('Who is Carter Page?');
      const tooSoon = () => run(h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, h.discord.member));
      expect((await tooSoon()).body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/60 s/) });
      clock += 30_000;
      expect((await tooSoon()).body.data.content).toMatch(/try again in 30 s/i);
      clock += 31_000;
      const { defer, edit } = await memberAsks('Who is Carter Page?');
      expect(defer.body.type).toBe(5);
      expect(edit.body.embeds.length).toBeGreaterThan(0);
    } finally {
      await setSetting('cooldown', { seconds: 0 });
    }
  });
});

describe('threads', () => {
  it('follow their parent channel on the allowlist', async () => {
    await setSetting('channels', { action: 'add', channel: { channel: h.discord.channelId } });
    try {
      // Discord announces active threads (GUILD_CREATE, THREAD_CREATE), so discord.js has them cached
      // with their parent by the time someone asks in one.
      const thread = {
        id: '1300000000000007777',
        type: 11,
        guild_id: h.discord.guildId,
        parent_id: h.discord.channelId,
        name: 'study thread',
        thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false },
      };
      h.discord.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      await expect.poll(() => h.bot.client.channels.cache.has(thread.id)).toBe(true);
      const i = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, h.discord.member);
      Object.assign(i, { channel_id: thread.id, channel: thread });
      const defer = await run(i);
      expect(defer.body.data?.flags ?? 0).toBe(0);

      clock += 60 * 60 * 1000;
      const outside = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, h.discord.member);
      Object.assign(outside, {
        channel_id: h.discord.otherChannelId,
        channel: { id: h.discord.otherChannelId, type: 0 },
      });
      expect((await run(outside)).body.data?.flags).toBe(EPHEMERAL);
    } finally {
      await setSetting('channels', { action: 'clear' });
    }
  });
});

describe('/settings outlets', () => {
  it('autocompletes the outlet from the corpus inside the subcommand', async () => {
    const i = h.discord.autocomplete('settings', 'outlet', 'mosc');
    (i.data as { options: unknown[] }).options = [
      {
        name: 'outlets',
        type: 1,
        options: [
          { name: 'action', type: 3, value: 'disable' },
          { name: 'outlet', type: 3, value: 'mosc', focused: true },
        ],
      },
    ];
    const answer = await run(i);
    expect(answer.body).toMatchObject({ type: 8 });
    expect(answer.body.data.choices).toEqual([{ name: 'The Moscow Times', value: 'The Moscow Times' }]);
  });
});

describe('saving', () => {
  it('has the change on disk, readable by another connection, when the moderator reads "Saved"', async () => {
    await setSetting('cooldown', { seconds: 45 });
    const other = openStore({ path: databasePath });
    try {
      expect(other.status().kind).toBe('ready');
      expect(other.settings.get(h.discord.guildId).cooldownSeconds).toBe(45);
    } finally {
      other.close();
      await setSetting('cooldown', { seconds: 0 });
    }
  });

  it('refuses an outlet that is not in the corpus without saving anything', async () => {
    const before = h.bot.context.store.settings.get(h.discord.guildId);
    const i = h.discord.slashCommand('settings', {});
    (i.data as { options: unknown[] }).options = [
      {
        name: 'outlets',
        type: 1,
        options: [
          { name: 'action', type: 3, value: 'disable' },
          { name: 'outlet', type: 3, value: 'No Such Gazette' },
        ],
      },
    ];
    const reply = await run(i);
    expect(reply.body.data).toMatchObject({ flags: EPHEMERAL, content: 'Choose an outlet from the list.' });
    expect(h.bot.context.store.settings.get(h.discord.guildId)).toEqual(before);
  });
});
