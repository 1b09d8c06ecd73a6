// Study-group moderation end to end: real discord.js against the fake Discord, a real SQLite file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findParagraph } from '../../src/core/document/find-paragraph.js';
import { VOTE_MESSAGES } from '../../src/discord/buttons/feedback.js';
import { REMOVED_MESSAGE } from '../../src/discord/buttons/remove-answer.js';
import { NOT_MODERATOR_MESSAGE } from '../../src/discord/gates/moderator-gate.js';
import { type BotHandle, startBot } from '../../src/discord/start-bot.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import {
  type InteractionPayload,
  isCallback,
  isOriginalEdit,
  type RecordedRequest,
} from '../support/fake-discord/index.js';
import { readRemovals } from '../support/read-removals.js';

const EPHEMERAL = 64;
const dbDir = mkdtempSync(join(tmpdir(), 'bot-moderation-'));
const databasePath = join(dbDir, 'bot.sqlite');

// The bot's clock: each test starts an hour later, so no cooldown carries over from the one before.
let clock = Date.parse('2026-11-24T12:00:00Z');
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ databasePath }, { now: () => clock });
});
beforeEach(() => {
  clock += 60 * 60 * 1000;
});
afterAll(async () => h?.stop());

async function run(interaction: InteractionPayload): Promise<RecordedRequest> {
  h.discord.dispatch('INTERACTION_CREATE', interaction);
  return h.discord.waitForRequest(isCallback(interaction));
}

/** A setting changed by the moderator (the fake's `user` has Manage Server). */
async function setSetting(sub: string, options: Record<string, string | number | boolean>) {
  const i = h.discord.slashCommand('settings', {}, h.discord.user);
  (i.data as { options: unknown[] }).options = [
    {
      name: sub,
      type: 1,
      options: Object.entries(options).map(([name, value]) => ({
        name,
        type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3,
        value,
      })),
    },
  ];
  const reply = await run(i);
  expect(reply.body.data.content, JSON.stringify(reply.body.data)).toMatch(/^Saved\./);
  return reply;
}

function subcommand(name: string, sub: string, user = h.discord.user, options: Record<string, string> = {}) {
  const i = h.discord.slashCommand(name, {}, user);
  (i.data as { options: unknown[] }).options = [
    { name: sub, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
  ];
  return i;
}

/** A member's public /ask; returns the answer message as the fake sent it back. */
async function memberAsks(question: string) {
  const i = h.discord.slashCommand('ask', { question }, h.discord.member);
  const defer = await run(i);
  const edit = await h.discord.waitForRequest(isOriginalEdit(i));
  const message = { ...edit.response, channel_id: h.discord.channelId };
  // The audit row follows the reply; a button press in the test must not race it.
  await expect
    .poll(() => h.bot.context.store.audit.findByMessageId(message.id))
    .toMatchObject({ ok: true, value: { messageId: message.id } });
  return { defer, edit, message };
}

describe('moderator commands', () => {
  it('refuses /settings to a member and shows it to a moderator', async () => {
    const refused = await run(subcommand('settings', 'show', h.discord.member));
    expect(refused.body.data).toMatchObject({ content: NOT_MODERATOR_MESSAGE, flags: EPHEMERAL });
    const shown = await run(subcommand('settings', 'show'));
    expect(shown.body.data.flags).toBe(EPHEMERAL);
    expect(shown.body.data.content).toContain('Results per answer');
  });

  it('applies results per answer to /ask', async () => {
    await setSetting('results', { count: 1 });
    const { edit } = await memberAsks('Who is Carter Page?');
    expect(edit.body.embeds).toHaveLength(1);
    await setSetting('results', { count: 3 });
  });
});

describe('enabled outlets', () => {
  it('quotes only the enabled outlets in /ask and /compare', async () => {
    await setSetting('outlets', { action: 'disable', outlet: 'Occupy Democrats' });
    try {
      const { edit } = await memberAsks('Trump Russia sanctions');
      const outlets = (edit.body.embeds as Array<{ author?: { name: string } }>).map((e) => e.author?.name);
      expect(outlets.length).toBeGreaterThan(0);
      expect(new Set(outlets)).toEqual(new Set(['The Moscow Times']));
      const compare = h.discord.slashCommand('compare', { question: 'Trump Russia sanctions' });
      await run(compare);
      const compared = await h.discord.waitForRequest(isOriginalEdit(compare));
      expect(compared.body.embeds.map((e: { author?: { name: string } }) => e.author?.name)).toEqual([
        'The Moscow Times',
      ]);
    } finally {
      await setSetting('outlets', { action: 'all' });
    }
  });
});

describe('admission: allowlist and rate limits', () => {
  it('answers privately outside the allowlist, pointing to the allowed channel, and ignores mentions there', async () => {
    const elsewhere = '1300000000000009999';
    await setSetting('channels', { action: 'add', channel: elsewhere });
    try {
      const i = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, h.discord.member);
      const defer = await run(i);
      expect(defer.body.data?.flags).toBe(EPHEMERAL);
      const edit = await h.discord.waitForRequest(isOriginalEdit(i));
      expect(edit.body.content).toContain(`<#${elsewhere}>`);
      expect(edit.body.embeds.length).toBeGreaterThan(0);

      const mention = h.discord.message(`<@${h.discord.botUser.id}> Who is Carter Page?`, {
        mentions: [h.discord.botUser],
      });
      h.discord.dispatch('MESSAGE_CREATE', mention);
      // Events are handled in order: once /sources is answered, the mention has been dealt with.
      await run(h.discord.slashCommand('sources'));
      expect(h.discord.rest.requests.some((r) => r.body?.message_reference?.message_id === mention.id)).toBe(false);
    } finally {
      await setSetting('channels', { action: 'clear' });
    }
  });

  it('makes a member wait out the cooldown, and exempts moderators', async () => {
    await setSetting('cooldown', { seconds: 60 });
    try {
      await memberAsks('Who was the Trump campaign chairman?');
      const again = await run(h.discord.slashCommand('ask', { question: 'Who is Igor Devykin?' }, h.discord.member));
      expect(again.body.data).toMatchObject({ flags: EPHEMERAL });
      expect(again.body.data.content).toMatch(/try again in \d+ s/i);
      const moderator = await run(h.discord.slashCommand('ask', { question: 'Who is Igor Devykin?' }));
      expect(moderator.body.type).toBe(5);
    } finally {
      await setSetting('cooldown', { seconds: 0 });
    }
  });
});

describe('answers in the log', () => {
  it('lets only the asker or a moderator remove an answer, deletes it, and logs the removal', async () => {
    const { message } = await memberAsks('Why did Michael Flynn resign?');
    const ids = (message.components as Array<{ components: Array<{ custom_id: string }> }>).flatMap((r) =>
      r.components.map((c) => c.custom_id),
    );
    expect(ids).toEqual(expect.arrayContaining(['fb:helpful', 'fb:not-relevant', 'rm']));

    const bystander = await run(h.discord.buttonPress('rm', message, h.discord.otherUser));
    expect(bystander.body.data).toMatchObject({ flags: EPHEMERAL });
    expect(bystander.body.data.content).toMatch(/Only the member who asked, or a moderator/);

    const press = h.discord.buttonPress('rm', message, h.discord.member);
    await run(press);
    await h.discord.waitForRequest(
      (r) => r.method === 'DELETE' && r.path === `/channels/${h.discord.channelId}/messages/${message.id}`,
    );
    const done = await h.discord.waitForRequest(isOriginalEdit(press));
    expect(done.body.content).toBe(REMOVED_MESSAGE);
    const removals = readRemovals(databasePath, h.discord.guildId);
    expect(removals.map((r) => [r.removedBy, r.removerRole])).toEqual([[h.discord.member.id, 'asker']]);
  });

  it('takes one feedback vote per member per answer', async () => {
    const { message } = await memberAsks('Which Russian ambassador did Flynn talk to?');
    const first = await run(h.discord.buttonPress('fb:helpful', message, h.discord.otherUser));
    expect(first.body.data.content).toBe(VOTE_MESSAGES.recorded);
    const again = await run(h.discord.buttonPress('fb:helpful', message, h.discord.otherUser));
    expect(again.body.data.content).toBe(VOTE_MESSAGES.unchanged);
    const changed = await run(h.discord.buttonPress('fb:not-relevant', message, h.discord.otherUser));
    expect(changed.body.data.content).toBe(VOTE_MESSAGES.changed);
    const votes = h.bot.context.store.feedback.listVotes();
    expect(votes.ok && votes.value.filter((v) => v.question === 'Which Russian ambassador did Flynn talk to?')).toEqual(
      [expect.objectContaining({ vote: 'not-relevant' })],
    );

    const report = await run(subcommand('feedback', 'report'));
    expect(report.body.data.content).toContain('Which Russian ambassador did Flynn talk to?');
  });

  it('exports the history as CSV with the questions and quoted paragraph ids', async () => {
    await memberAsks('Who was the Trump campaign chairman?');
    const i = subcommand('history', 'export', h.discord.user, { format: 'csv' });
    await run(i);
    const upload = await h.discord.waitForRequest(isOriginalEdit(i));
    // A file upload is multipart: the fake keeps the raw body.
    const raw = String(upload.body);
    expect(raw).toContain('Who was the Trump campaign chairman?');
    expect(raw).toContain('moscow-times-trump-team-russia-contacts#7');
    expect(raw).toMatch(/filename="history-\d+-\d{4}-\d{2}-\d{2}\.csv"/);

    const shown = await run(subcommand('history', 'show'));
    expect(shown.body.data).toMatchObject({ flags: EPHEMERAL });
    expect(shown.body.data.content).toContain('Who was the Trump campaign chairman?');
  });

  it('forgets a member on /forget-me', async () => {
    await memberAsks('Who is Carter Page?');
    const forgot = await run(h.discord.slashCommand('forget-me', {}, h.discord.member));
    expect(forgot.body.data.content).toMatch(/^Done: [1-9]\d* question/);
    const left = h.bot.context.store.audit.listHistory(h.discord.guildId, { userId: h.discord.member.id });
    expect(left.ok && left.value).toEqual([]);
  });
});

describe('/study', () => {
  it('posts each outlet’s best passage on the topic and opens a thread on that message', async () => {
    const topic = 'Russian intelligence contacts with the Trump campaign';
    const i = h.discord.slashCommand('study', { topic });
    await run(i);
    const edit = await h.discord.waitForRequest(isOriginalEdit(i));
    expect(edit.body.embeds.length).toBeGreaterThan(0);
    const thread = await h.discord.waitForRequest(
      (r) => r.method === 'POST' && r.path.endsWith(`/messages/${edit.response.id}/threads`),
    );
    expect(thread.body.name).toBe(topic);
  });
});

describe('/quiz', () => {
  it('posts a verbatim quote with the outlet behind a spoiler, and reveals the source to a guess', async () => {
    const i = h.discord.slashCommand('quiz', {}, h.discord.member);
    const posted = await run(i);
    const { content, components } = posted.body.data as {
      content: string;
      components: Array<{ components: Array<{ custom_id: string; label: string }> }>;
    };
    const outlet = /\nSource: \|\|(.+)\|\|$/.exec(content)?.[1];
    expect(['Occupy Democrats', 'The Moscow Times']).toContain(outlet);
    const buttons = components.flatMap((r) => r.components);
    expect(buttons.map((b) => b.label)).toEqual(h.bot.context.outlets);
    const paragraphId = buttons[0]?.custom_id.split(':').slice(2).join(':') ?? '';
    const entry = findParagraph(h.bot.context.indexFor(null), paragraphId);
    expect(entry?.document.outlet).toBe(outlet);
    // The quote is whole sentences of that paragraph (markdown escaping aside).
    const quote = (content.split('\n')[1] ?? '').replace(/^> /, '').replace(/\\(.)/g, '$1');
    expect(entry?.paragraph.text.startsWith(quote)).toBe(true);

    const right = buttons.find((b) => b.label === outlet);
    const guess = await run(h.discord.buttonPress(right?.custom_id ?? '', posted.body.data, h.discord.otherUser));
    expect(guess.body.data).toMatchObject({ flags: EPHEMERAL });
    expect(guess.body.data.content).toMatch(new RegExp(`^Right! It is from ${outlet}`));
  });
});

describe('persistence and failure', () => {
  it('keeps settings across a restart of the bot on the same database file', async () => {
    await setSetting('retention', { days: 7 });
    await h.bot.stop();
    const logger = pino({ level: 'silent' });
    const restarted: BotHandle = await startBot(configOf(h), { logger });
    (h as { bot: BotHandle }).bot = restarted;
    const shown = await run(subcommand('settings', 'show'));
    expect(shown.body.data.content).toMatch(/7 days/);
  });

  it('still answers questions when the database cannot be opened, and says settings cannot be saved', async () => {
    const notADirectory = join(dbDir, 'a-file');
    writeFileSync(notADirectory, 'not a folder');
    const broken = await startHarness(
      { databasePath: join(notADirectory, 'bot.sqlite') },
      {},
      { storeUnavailable: true },
    );
    try {
      const i = broken.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, broken.discord.member);
      broken.discord.dispatch('INTERACTION_CREATE', i);
      const edit = await broken.discord.waitForRequest(isOriginalEdit(i));
      expect(edit.body.embeds.length).toBeGreaterThan(0);
      const s = broken.discord.slashCommand('settings', {});
      (s.data as { options: unknown[] }).options = [
        { name: 'results', type: 1, options: [{ name: 'count', type: 4, value: 2 }] },
      ];
      broken.discord.dispatch('INTERACTION_CREATE', s);
      const refused = await broken.discord.waitForRequest(isCallback(s));
      expect(refused.body.data.content).toMatch(/^Settings cannot be saved right now: the database is unavailable/);
    } finally {
      await broken.stop();
    }
  });

  it('names what could not be done, per operation, when the database is down', async () => {
    const notADirectory = join(dbDir, 'another-file');
    writeFileSync(notADirectory, 'not a folder');
    const broken = await startHarness(
      { databasePath: join(notADirectory, 'bot.sqlite') },
      {},
      { storeUnavailable: true },
    );
    const d = broken.discord;
    const ask = async (i: InteractionPayload) => {
      d.dispatch('INTERACTION_CREATE', i);
      return (await d.waitForRequest(isCallback(i))).body.data?.content as string;
    };
    const sub = (name: string, subName: string, user = d.user) => {
      const i = d.slashCommand(name, {}, user);
      (i.data as { options: unknown[] }).options = [{ name: subName, type: 1, options: [] }];
      return i;
    };
    try {
      const a = d.slashCommand('ask', { question: 'Who is Carter Page?' }, d.member);
      d.dispatch('INTERACTION_CREATE', a);
      const answer = await d.waitForRequest(isOriginalEdit(a));
      const message = { ...answer.response, channel_id: d.channelId };
      const replies = {
        history: await ask(sub('history', 'show')),
        feedback: await ask(sub('feedback', 'report')),
        forget: await ask(d.slashCommand('forget-me', {}, d.member)),
        vote: await ask(d.buttonPress('fb:helpful', message, d.otherUser)),
        remove: await ask(d.buttonPress('rm', message, d.otherUser)),
      };
      expect(replies).toEqual({
        history: expect.stringMatching(/^The question history cannot be read right now: the database is unavailable/),
        feedback: expect.stringMatching(/^The feedback report cannot be read right now/),
        forget: expect.stringMatching(/^Your questions and votes cannot be deleted right now/),
        vote: expect.stringMatching(/^Your vote cannot be recorded right now/),
        remove: expect.stringMatching(/^I cannot look up who asked for this answer right now/),
      });
      for (const text of Object.values(replies)) expect(text).not.toMatch(/settings/i);
    } finally {
      await broken.stop();
    }
  });
});

function configOf(harness: Harness) {
  return {
    token: harness.discord.token,
    apiUrl: harness.discord.apiUrl,
    corpusDir: 'corpus',
    databasePath,
    messageContentIntent: false,
    logLevel: 'silent' as const,
  };
}
