// The moderators' view of answers, end to end: mod-log lines, removals by a moderator, the exported
// history files as a moderator would open them, and what the retention purge leaves after a restart.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOT_REMOVED_MESSAGE, REMOVED_MESSAGE } from '../../src/discord/buttons/remove-answer.js';
import { FOREIGN_CHANNEL_MESSAGE } from '../../src/discord/commands/settings.js';
import { startBot } from '../../src/discord/start-bot.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { isOriginalEdit, type RecordedRequest } from '../support/fake-discord/index.js';
import { createModerationDriver } from '../support/moderation-driver.js';
import { readRemovals } from '../support/read-removals.js';
import { CORPUS_DIR } from '../support/real-corpus.js';

const DAY = 24 * 60 * 60 * 1000;
const databasePath = join(mkdtempSync(join(tmpdir(), 'bot-moderation-log-')), 'bot.sqlite');
// Each test starts an hour later on the bot's clock, so no cooldown carries over.
let clock = Date.parse('2026-11-24T12:00:00Z');
let h: Harness;
const { run, subcommand, setSetting, memberAsks } = createModerationDriver(() => h);

beforeAll(async () => {
  h = await startHarness({ databasePath }, { now: () => clock });
});
beforeEach(() => {
  clock += 60 * 60 * 1000;
});
afterAll(async () => h?.stop());

const postedTo = (channelId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages`;

describe('mod-log channel', () => {
  it('gets one line per answer, naming nobody, and the audit row has the answer message id', async () => {
    const modLog = h.discord.otherChannelId;
    await setSetting('modlog', { channel: { channel: modLog } });
    try {
      const { message } = await memberAsks('Who is Carter Page?');
      const line = await h.discord.waitForRequest(postedTo(modLog));
      expect(line.body.content).toContain('Who is Carter Page?');
      expect(line.body.content).toContain(`<@${h.discord.member.id}>`);
      // The line shows the member as a mention but must never ping anyone.
      expect(line.body.allowed_mentions).toMatchObject({ parse: [] });
      const found = h.bot.context.store.audit.findByMessageId(message.id);
      expect(found.ok && found.value).toMatchObject({
        userId: h.discord.member.id,
        question: 'Who is Carter Page?',
        trigger: 'slash',
        answered: true,
      });
      expect(found.ok && found.value?.paragraphIds.length).toBeGreaterThan(0);
    } finally {
      await setSetting('modlog', {});
    }
  });

  it('never breaks the answer when the mod-log channel is gone', async () => {
    // Set while it existed, deleted since: the setting is in the store, the channel is not on Discord.
    const gone = '1300000000000008888';
    expect(
      h.bot.context.store.settings.update(h.discord.guildId, { modLogChannelId: gone }, h.discord.user.id).ok,
    ).toBe(true);
    try {
      const { edit } = await memberAsks('Why did Michael Flynn resign?');
      expect(edit.body.embeds.length).toBeGreaterThan(0);
      await h.discord.waitForRequest((r) => r.method === 'GET' && r.path === `/channels/${gone}`);
      await expect.poll(() => h.logs.some((l) => l.msg === 'could not post to the mod-log channel')).toBe(true);
    } finally {
      await setSetting('modlog', {});
    }
  });
});

describe('a mod-log channel in another server', () => {
  // The bot is in a second server too; its channel is in discord.js's cache like any other.
  const otherGuildId = '1300000000000006000';
  const foreignChannel = '1300000000000006001';
  beforeAll(async () => {
    h.discord.dispatch('GUILD_CREATE', {
      id: otherGuildId,
      name: 'Other Guild',
      unavailable: false,
      owner_id: h.discord.otherUser.id,
      member_count: 1,
      large: false,
      joined_at: new Date(0).toISOString(),
      features: [],
      emojis: [],
      stickers: [],
      roles: [{ id: otherGuildId, name: '@everyone', permissions: '1071698660929', position: 0, color: 0 }],
      channels: [{ id: foreignChannel, type: 0, name: 'their-log', position: 0, permission_overwrites: [] }],
      members: [],
      voice_states: [],
      presences: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
    });
    for (let tries = 0; !h.bot.client.channels.cache.has(foreignChannel) && tries < 100; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('is refused by /settings modlog', async () => {
    expect(h.bot.client.channels.cache.get(foreignChannel)).toMatchObject({ guildId: otherGuildId });
    const reply = await run(subcommand('settings', 'modlog', { channel: { channel: foreignChannel } }));
    expect(reply.body.data).toMatchObject({ content: FOREIGN_CHANNEL_MESSAGE, flags: 64 });
    expect(h.bot.context.store.settings.get(h.discord.guildId).modLogChannelId).toBeNull();
  });

  it('never gets this server’s questions, even when the stored setting names it', async () => {
    const { guildId } = h.discord;
    expect(h.bot.context.store.settings.update(guildId, { modLogChannelId: foreignChannel }, null).ok).toBe(true);
    try {
      const logged = h.logs.length;
      await memberAsks('Who is Igor Devykin?');
      await expect
        .poll(() => h.logs.slice(logged).some((l) => l.msg === 'could not post to the mod-log channel'))
        .toBe(true);
      expect(h.discord.requests.some(postedTo(foreignChannel))).toBe(false);
    } finally {
      await setSetting('modlog', {});
    }
  });
});

describe('Remove by a moderator', () => {
  it('deletes a member’s answer and logs the moderator as the remover', async () => {
    const { message } = await memberAsks('Which Russian ambassador did Flynn talk to?');
    const press = h.discord.buttonPress('rm', message, h.discord.user);
    await run(press);
    await h.discord.waitForRequest(
      (r) => r.method === 'DELETE' && r.path === `/channels/${h.discord.channelId}/messages/${message.id}`,
    );
    expect((await h.discord.waitForRequest(isOriginalEdit(press))).body.content).toBe(REMOVED_MESSAGE);
    const removals = readRemovals(databasePath, h.discord.guildId);
    expect(removals.find((r) => r.messageId === message.id)).toMatchObject({
      askerId: h.discord.member.id,
      removedBy: h.discord.user.id,
      removerRole: 'moderator',
    });
  });
});

describe('Remove on an answer to a mention', () => {
  it('lets the member who mentioned the bot remove the reply, and no one else', async () => {
    const asked = h.discord.message(`<@${h.discord.botUser.id}> Who is Carter Page?`, {
      author: h.discord.member,
      mentions: [h.discord.botUser],
    });
    h.discord.dispatch('MESSAGE_CREATE', asked);
    const reply = await h.discord.waitForRequest((r) => r.body?.message_reference?.message_id === asked.id);
    const message = { ...reply.response, channel_id: h.discord.channelId };
    // The audit row is written right after the reply is sent.
    await expect
      .poll(() => {
        const found = h.bot.context.store.audit.findByMessageId(message.id);
        return found.ok ? found.value?.trigger : undefined;
      })
      .toBe('mention');

    const bystander = await run(h.discord.buttonPress('rm', message, h.discord.otherUser));
    expect(bystander.body.data).toMatchObject({ flags: 64 });
    await run(h.discord.buttonPress('rm', message, h.discord.member));
    await h.discord.waitForRequest((r) => r.method === 'DELETE' && r.path.endsWith(`/messages/${message.id}`));
    await expect
      .poll(() => {
        const removals = readRemovals(databasePath, h.discord.guildId);
        return removals.find((r) => r.messageId === message.id)?.removerRole;
      })
      .toBe('asker');
  });
});

describe('/compare in the log', () => {
  it('audits the comparison with every quoted paragraph and offers the same buttons', async () => {
    const i = h.discord.slashCommand('compare', { question: 'Trump Russia sanctions' }, h.discord.member);
    await run(i);
    const edit = await h.discord.waitForRequest(isOriginalEdit(i));
    const ids = (edit.body.components as Array<{ components: Array<{ custom_id: string }> }>).flatMap((r) =>
      r.components.map((c) => c.custom_id),
    );
    expect(ids).toEqual(expect.arrayContaining(['fb:helpful', 'fb:not-relevant', 'rm']));
    const quoted = ids.filter((id) => id.startsWith('ctx:')).map((id) => id.slice('ctx:'.length));
    expect(quoted.length).toBe(2);
    await expect
      .poll(() => {
        const found = h.bot.context.store.audit.findByMessageId(edit.response.id);
        return found.ok ? found.value?.paragraphIds : undefined;
      })
      .toEqual(quoted);
    const vote = await run(h.discord.buttonPress('fb:helpful', { ...edit.response, channel_id: h.discord.channelId }));
    expect(vote.body.data.content).toMatch(/^Thanks/);
  });
});

describe('/study in the log', () => {
  it('audits the study post as an answer and lets the member who started it remove it', async () => {
    const topic = 'Russian intelligence contacts with the Trump campaign';
    const i = h.discord.slashCommand('study', { topic }, h.discord.member);
    await run(i);
    const edit = await h.discord.waitForRequest(isOriginalEdit(i));
    const message = { ...edit.response, channel_id: h.discord.channelId };
    await expect
      .poll(() => {
        const found = h.bot.context.store.audit.findByMessageId(message.id);
        return found.ok ? found.value?.question : undefined;
      })
      .toBe(topic);
    await run(h.discord.buttonPress('rm', message, h.discord.member));
    await h.discord.waitForRequest((r) => r.method === 'DELETE' && r.path.endsWith(`/messages/${message.id}`));
  });
});

describe('Remove that Discord refuses', () => {
  it('says so privately and logs no removal when the message cannot be deleted', async () => {
    const { message } = await memberAsks('Who is Igor Devykin?');
    const deletion = (r: RecordedRequest) => r.method === 'DELETE' && r.path.endsWith(`/messages/${message.id}`);
    h.discord.rest.failNext({ match: deletion, status: 403 });
    const press = h.discord.buttonPress('rm', message, h.discord.member);
    await run(press);
    await h.discord.waitForRequest(deletion);
    const told = await h.discord.waitForRequest(isOriginalEdit(press));
    expect(told.body.content).toBe(NOT_REMOVED_MESSAGE);
    const removals = readRemovals(databasePath, h.discord.guildId);
    expect(removals.some((r) => r.messageId === message.id)).toBe(false);
  });
});

describe('/history export files', () => {
  async function exportAs(format: 'csv' | 'json') {
    const i = subcommand('history', 'export', { format });
    const defer = await run(i);
    expect(defer.body.data).toMatchObject({ flags: 64 });
    const upload = await h.discord.waitForRequest(isOriginalEdit(i));
    expect(upload.multipart?.files).toHaveLength(1);
    return { payload: upload.multipart?.payload, file: upload.multipart?.files[0] };
  }

  it('attaches a JSON file whose entries hold the questions and quoted paragraph ids', async () => {
    const { message } = await memberAsks('Who was the Trump campaign chairman?');
    const { payload, file } = await exportAs('json');
    expect(file?.filename).toMatch(new RegExp(`^history-${h.discord.guildId}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    expect(payload.content).toMatch(/^\d+ questions? attached\.$/);
    const { entries } = JSON.parse(file?.content ?? '') as { entries: Array<Record<string, unknown>> };
    const entry = entries.find((e) => e.messageId === message.id);
    expect(entry).toMatchObject({ userId: h.discord.member.id, question: 'Who was the Trump campaign chairman?' });
    expect(entry?.paragraphIds).toContain('moscow-times-trump-team-russia-contacts#7');
  });

  it('attaches a CSV file with a header row and one row per question', async () => {
    await memberAsks('Who is Igor Devykin?');
    const { file } = await exportAs('csv');
    const lines = (file?.content ?? '').split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      'time,user_id,channel_id,question,answered,paragraph_ids,latency_ms,trigger,visibility,message_id,removed_at',
    );
    const row = lines.find((l) => l.includes('Who is Igor Devykin?'))?.split(',');
    expect(row?.[1]).toBe(h.discord.member.id);
    expect(row?.[4]).toBe('yes');
    const history = h.bot.context.store.audit.listHistory(h.discord.guildId, { limit: 10_000 });
    expect(lines).toHaveLength(1 + (history.ok ? history.value.length : -1));
  });
});

describe('/history show for one member', () => {
  it('lists only that member’s questions, newest first, privately', async () => {
    await memberAsks('Who is Igor Devykin?');
    const moderatorAsks = h.discord.slashCommand('ask', { question: 'Why did Michael Flynn resign?' }, h.discord.user);
    await run(moderatorAsks);
    await h.discord.waitForRequest(isOriginalEdit(moderatorAsks));
    // The moderator's question is in the log, so leaving it out below is the filter's doing.
    await expect
      .poll(() => {
        const all = h.bot.context.store.audit.listHistory(h.discord.guildId, { limit: 1 });
        return all.ok ? all.value[0]?.userId : undefined;
      })
      .toBe(h.discord.user.id);
    const member = h.discord.member;
    const i = subcommand('history', 'show', {});
    Object.assign(i.data as object, {
      options: [
        {
          name: 'show',
          type: 1,
          options: [
            { name: 'user', type: 6, value: member.id },
            { name: 'limit', type: 4, value: 1 },
          ],
        },
      ],
      resolved: { users: { [member.id]: member } },
    });
    const shown = await run(i);
    expect(shown.body.data).toMatchObject({ flags: 64 });
    expect(shown.body.data.content).toContain('Who is Igor Devykin?');
    expect(shown.body.data.content).not.toContain('Why did Michael Flynn resign?');
    expect(shown.body.data.content).not.toContain('Who is Carter Page?');
  });
});

describe('retention', () => {
  it('purges questions older than the server’s retention when the bot starts again later', async () => {
    await memberAsks('Who is Carter Page?');
    await setSetting('retention', { days: 2 });
    const kept = h.bot.context.store.audit.listHistory(h.discord.guildId);
    expect(kept.ok && kept.value.length).toBeGreaterThan(0);

    await h.bot.stop();
    clock += 3 * DAY;
    const config = {
      token: h.discord.token,
      apiUrl: h.discord.apiUrl,
      corpusDir: CORPUS_DIR,
      databasePath,
      messageContentIntent: false,
      logLevel: 'silent' as const,
    };
    (h as { bot: Harness['bot'] }).bot = await startBot(config, {
      logger: pino({ level: 'silent' }),
      now: () => clock,
    });
    const left = h.bot.context.store.audit.listHistory(h.discord.guildId);
    expect(left.ok && left.value).toEqual([]);
    // The settings themselves are not purged.
    const shown = await run(subcommand('settings', 'show'));
    expect(shown.body.data.content).toMatch(/2 days/);
  });
});
