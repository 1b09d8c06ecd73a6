// The bot end to end: real discord.js, logged into the fake Discord, driven by gateway dispatches; the
// assertions are on the HTTP requests the bot makes, as Discord would receive them.
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { NOT_OWNER_MESSAGE } from '../../src/discord/buttons/more-results.js';
import { NO_TEXT_MESSAGE } from '../../src/discord/commands/find-sources.js';
import { EMPTY_QUESTION_MESSAGE, LONG_QUESTION_MESSAGE } from '../../src/discord/gates/question-text.js';
import { UNKNOWN_COMMAND_MESSAGE } from '../../src/discord/handle-interaction.js';
import { NO_MATCH_MESSAGE, UNKNOWN_OUTLET_MESSAGE } from '../../src/discord/render/answer-reply.js';
import { UNKNOWN_PARAGRAPH_MESSAGE } from '../../src/discord/render/context-reply.js';
import { toVisibleText } from '../../src/discord/render/highlight.js';
import { runAskJson } from '../support/ask-cli.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import {
  type InteractionPayload,
  isCallback,
  isOriginalEdit,
  type RecordedRequest,
} from '../support/fake-discord/index.js';
import { realIndex } from '../support/real-corpus.js';

const EPHEMERAL = 64;
const CALLBACK = { reply: 4, defer: 5, update: 7, autocomplete: 8 } as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** Dispatches an interaction and returns its acknowledgement, which must come inside Discord's 3 s. */
async function run(interaction: InteractionPayload) {
  const dispatched = performance.now();
  h.discord.dispatch('INTERACTION_CREATE', interaction);
  const callback = await h.discord.waitForRequest(isCallback(interaction));
  expect(performance.now() - dispatched).toBeLessThan(3000);
  return callback;
}

async function runDeferred(
  interaction: InteractionPayload,
): Promise<{ defer: RecordedRequest; edit: RecordedRequest }> {
  const defer = await run(interaction);
  const edit = await h.discord.waitForRequest(isOriginalEdit(interaction));
  return { defer, edit };
}

function quotesOf(body: { embeds: APIEmbed[] }) {
  return body.embeds.map((e) => ({
    quote: toVisibleText(e.description ?? ''),
    outlet: e.author?.name,
    paragraphId: e.footer?.text.split(' \u00B7 ')[0],
  }));
}

function customIds(body: { components: Array<{ components: Array<{ custom_id: string; disabled?: boolean }> }> }) {
  return body.components.flatMap((row) => row.components);
}

describe('/ask', () => {
  it('defers, then edits in the same quotes in the same order as `npm run ask`, with no mentions parsed', async () => {
    const question = 'Did Russia contact the Trump team during the election?';
    const { defer, edit } = await runDeferred(h.discord.slashCommand('ask', { question }));
    expect(defer.body).toEqual({ type: CALLBACK.defer, data: { flags: 0 } });
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const cli = runAskJson(question);
    expect(cli.results.length).toBe(3);
    expect(quotesOf(edit.body)).toEqual(
      cli.results.map((r) => ({ quote: r.quote, outlet: r.outlet, paragraphId: r.paragraphId })),
    );
    for (const [i, embed] of (edit.body.embeds as APIEmbed[]).entries()) {
      expect(toVisibleText(embed.title ?? '')).toBe(cli.results[i]?.title);
      expect(embed.footer?.text).toBe(`${cli.results[i]?.paragraphId} \u00B7 score ${cli.results[i]?.score}`);
    }
  });

  // More questions of different kinds: two answered (one through a correction, one through WordNet) and
  // one that nothing answers, whose closest passages must come in the CLI's `related` order.
  it.each(['Who is Carter Page?', 'Did Flyn resign?', 'What did the Kremlin spokesman say?', 'Who was the envoy?'])(
    'shows the quotes `npm run ask` gives for %j, in its order',
    async (question) => {
      const { edit } = await runDeferred(h.discord.slashCommand('ask', { question }));
      const cli = runAskJson(question);
      const passages = cli.answered ? cli.results : (cli.related ?? []);
      expect(passages.length).toBeGreaterThan(0);
      expect(quotesOf(edit.body)).toEqual(
        passages.map((r) => ({ quote: r.quote, outlet: r.outlet, paragraphId: r.paragraphId })),
      );
    },
  );

  it('records the answer in the audit log (the harness runs on a real database file)', async () => {
    const { edit } = await runDeferred(h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }));
    expect(h.bot.context.store.status().kind).toBe('ready');
    await expect
      .poll(() => h.bot.context.store.audit.findByMessageId(edit.response.id))
      .toMatchObject({ ok: true, value: { question: 'Who is Carter Page?', trigger: 'slash', answered: true } });
  });

  it('puts matched words in bold inside the quote and names the author', async () => {
    const { edit } = await runDeferred(h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }));
    const first = edit.body.embeds[0] as APIEmbed;
    expect(first.description).toContain('**Carter** **Page**');
    expect(first.fields).toEqual([{ name: 'Author', value: 'James DeVinne', inline: true }]);
  });

  it('honours outlet, count and private', async () => {
    const question = 'Did Russia contact the Trump team during the election?';
    const { defer, edit } = await runDeferred(
      h.discord.slashCommand('ask', { question, outlet: 'occupy democrats', count: 2, private: true }),
    );
    expect(defer.body.data.flags).toBe(EPHEMERAL);
    const cli = runAskJson(question, ['--top', '2', '--outlet', 'Occupy Democrats']);
    expect(quotesOf(edit.body).map((q) => q.quote)).toEqual(cli.results.map((r) => r.quote));
    expect(new Set(quotesOf(edit.body).map((q) => q.outlet))).toEqual(new Set(['Occupy Democrats']));
  });

  it('says plainly that nothing answers an off-topic question, quoting nothing', async () => {
    const { edit } = await runDeferred(h.discord.slashCommand('ask', { question: 'banana bread recipe' }));
    expect(edit.body.content).toBe(NO_MATCH_MESSAGE);
    expect(edit.body.embeds).toEqual([]);
  });

  it('searches a misspelled name as the corpus word it sounds like, and says so', async () => {
    // Expectation changed with phonetic spelling (issue 10): "Pyskof" sounds like Peskov (Double Metaphone
    // PSKF), so it is now searched as "peskov" and answered, with the correction shown, instead of the
    // earlier "No passage ... Did you mean: peskov?".
    const { edit } = await runDeferred(h.discord.slashCommand('ask', { question: 'Who is Pyskof?' }));
    expect(edit.body.content).toContain('Searched for: peskov (you wrote pyskof)');
    expect(edit.body.content ?? '').not.toContain(NO_MATCH_MESSAGE);
  });

  it.each([
    ['empty', '   ', EMPTY_QUESTION_MESSAGE],
    ['over-long', 'Trump '.repeat(100), LONG_QUESTION_MESSAGE],
  ])('refuses an %s question privately without deferring', async (_label, question, message) => {
    const callback = await run(h.discord.slashCommand('ask', { question }));
    expect(callback.body.type).toBe(CALLBACK.reply);
    expect(callback.body.data).toMatchObject({ content: message, flags: EPHEMERAL });
  });

  it('refuses an outlet that is not in the corpus', async () => {
    const callback = await run(h.discord.slashCommand('ask', { question: 'Carter Page', outlet: 'Daily Planet' }));
    expect(callback.body.data).toMatchObject({ content: UNKNOWN_OUTLET_MESSAGE, flags: EPHEMERAL });
  });

  it('autocompletes outlet names from the corpus', async () => {
    const all = await run(h.discord.autocomplete('ask', 'outlet', ''));
    expect(all.body).toEqual({
      type: CALLBACK.autocomplete,
      data: {
        choices: [
          { name: 'Occupy Democrats', value: 'Occupy Democrats' },
          { name: 'The Moscow Times', value: 'The Moscow Times' },
        ],
      },
    });
    const some = await run(h.discord.autocomplete('ask', 'outlet', 'mosc'));
    expect(some.body.data.choices).toEqual([{ name: 'The Moscow Times', value: 'The Moscow Times' }]);
  });
});

describe('buttons on an answer', () => {
  const question = 'What did Peskov say about contacts with the Trump campaign?';
  let asked: RecordedRequest;

  beforeAll(async () => {
    ({ edit: asked } = await runDeferred(h.discord.slashCommand('ask', { question })));
  });

  it('offers Show context per quote and a More button', () => {
    const ids = customIds(asked.body).map((c) => c.custom_id);
    expect(ids.slice(0, 3)).toEqual(quotesOf(asked.body).map((q) => `ctx:${q.paragraphId}`));
    expect(ids[3]).toMatch(/^more:/);
  });

  it('shows the whole paragraph and its neighbours privately on Show context', async () => {
    const customId = customIds(asked.body)[0]?.custom_id ?? '';
    const callback = await run(h.discord.buttonPress(customId, asked.body, h.discord.otherUser));
    expect(callback.body.type).toBe(CALLBACK.reply);
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    const paragraphId = customId.slice('ctx:'.length);
    const entry = realIndex.paragraphs.find((p) => p.paragraph.id === paragraphId);
    const embeds = callback.body.data.embeds as APIEmbed[];
    const main = embeds.find((e) => e.footer?.text === paragraphId);
    expect(toVisibleText(main?.description ?? '')).toBe(entry?.paragraph.text);
    expect(main?.author?.name).toBe(entry?.document.outlet);
    expect(embeds.length).toBeGreaterThanOrEqual(2);
  });

  it('lets only the asker page with More', async () => {
    const more = customIds(asked.body)[3]?.custom_id ?? '';
    const refused = await run(h.discord.buttonPress(more, asked.body, h.discord.otherUser));
    expect(refused.body.data).toMatchObject({ content: NOT_OWNER_MESSAGE, flags: EPHEMERAL });

    const paged = await run(h.discord.buttonPress(more, asked.body));
    expect(paged.body.type).toBe(CALLBACK.update);
    const cli = runAskJson(question, ['--top', '6']);
    const page = cli.results.slice(3, 6);
    expect(page.length).toBeGreaterThan(0);
    expect(quotesOf(paged.body.data).map((q) => q.quote)).toEqual(page.map((r) => r.quote));
    expect(paged.body.data.content).toBe(`Results 4\u2013${3 + page.length}`);
    expect(paged.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('/compare', () => {
  it("gives each outlet's best quote, strongest first, each what /ask outlet:<it> gives first", async () => {
    const question = 'Did Russia contact the Trump team during the election?';
    const { defer, edit } = await runDeferred(h.discord.slashCommand('compare', { question }));
    expect(defer.body.type).toBe(CALLBACK.defer);
    const quotes = quotesOf(edit.body);
    expect(quotes.map((q) => q.outlet).sort()).toEqual(['Occupy Democrats', 'The Moscow Times']);
    for (const q of quotes) {
      const own = answerQuestion(realIndex, question, { top: 1, outlets: q.outlet === undefined ? null : [q.outlet] });
      expect(own.kind === 'quotes' && own.results[0]?.quote).toBe(q.quote);
    }
    const scores = (edit.body.embeds as APIEmbed[]).map((e) => Number(e.footer?.text.split('score ')[1]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(edit.body.allowed_mentions.parse).toEqual([]);
  });

  it('says so when no outlet answers', async () => {
    const { edit } = await runDeferred(h.discord.slashCommand('compare', { question: 'banana bread recipe' }));
    expect(edit.body.content).toBe(NO_MATCH_MESSAGE);
  });
});

describe('/sources and /quote', () => {
  it('lists every document with outlet, title, author and paragraph count', async () => {
    const callback = await run(h.discord.slashCommand('sources'));
    const description = callback.body.data.embeds[0].description as string;
    for (const document of realIndex.documents) {
      const count = document.paragraphs.filter((p) => !p.excluded).length;
      expect(description).toContain(`\`${document.id}\``);
      expect(description).toContain(`${count} paragraphs`);
      expect(toVisibleText(description)).toContain(document.outlet);
    }
    expect(toVisibleText(description)).toContain('James DeVinne');
  });

  it('quotes one paragraph in full with its neighbours', async () => {
    const callback = await run(h.discord.slashCommand('quote', { id: 'occupy-democrats-trump-kremlin#5' }));
    expect(callback.body.type).toBe(CALLBACK.reply);
    const embeds = callback.body.data.embeds as APIEmbed[];
    expect(embeds.map((e) => e.footer?.text)).toEqual([
      expect.stringMatching(/^Before · occupy-democrats-trump-kremlin#\d+$/),
      'occupy-democrats-trump-kremlin#5',
      expect.stringMatching(/^After · occupy-democrats-trump-kremlin#\d+$/),
    ]);
    expect(toVisibleText(embeds[1]?.description ?? '')).toContain('Carter Page, is a former Merrill Lynch');
  });

  it('explains an unknown paragraph id privately', async () => {
    const callback = await run(h.discord.slashCommand('quote', { id: 'nope#1' }));
    expect(callback.body.data).toMatchObject({ content: UNKNOWN_PARAGRAPH_MESSAGE, flags: EPHEMERAL });
  });

  it('autocompletes document ids, then paragraph ids', async () => {
    const docs = await run(h.discord.autocomplete('quote', 'id', 'occupy'));
    expect(docs.body.data.choices).toEqual([
      { name: 'occupy-democrats-trump-kremlin#', value: 'occupy-democrats-trump-kremlin#' },
    ]);
    const paragraphs = await run(h.discord.autocomplete('quote', 'id', 'occupy-democrats-trump-kremlin#1'));
    expect(paragraphs.body.data.choices.length).toBeGreaterThan(0);
    for (const choice of paragraphs.body.data.choices)
      expect(choice.value).toMatch(/^occupy-democrats-trump-kremlin#1/);
  });
});

describe('Find sources (message context menu)', () => {
  it("answers privately with the target message's text as the question", async () => {
    const claim = 'Trump campaign chairman Paul Manafort was of interest to the FBI';
    const target = h.discord.message(claim, { author: h.discord.otherUser });
    const { defer, edit } = await runDeferred(h.discord.messageCommand('Find sources', target));
    expect(defer.body).toEqual({ type: CALLBACK.defer, data: { flags: EPHEMERAL } });
    expect(quotesOf(edit.body).map((q) => q.quote)).toEqual(runAskJson(claim).results.map((r) => r.quote));
  });

  it('refuses a message without text', async () => {
    const callback = await run(h.discord.messageCommand('Find sources', h.discord.message('')));
    expect(callback.body.data).toMatchObject({ content: NO_TEXT_MESSAGE, flags: EPHEMERAL });
  });
});

describe('mentions', () => {
  it('replies to the message with the same answer, pinging nobody', async () => {
    const question = 'Who is Carter Page?';
    const message = h.discord.message(`<@${h.discord.botUser.id}> ${question}`, { mentions: [h.discord.botUser] });
    h.discord.dispatch('MESSAGE_CREATE', message);
    const reply = await h.discord.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${h.discord.channelId}/messages` &&
        r.body?.message_reference?.message_id === message.id,
    );
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(quotesOf(reply.body).map((q) => q.quote)).toEqual(runAskJson(question).results.map((r) => r.quote));
  });

  it('asks for a question when the mention has none', async () => {
    const message = h.discord.message(`<@${h.discord.botUser.id}>`, { mentions: [h.discord.botUser] });
    h.discord.dispatch('MESSAGE_CREATE', message);
    const reply = await h.discord.waitForRequest((r) => r.body?.message_reference?.message_id === message.id);
    expect(reply.body.content).toBe(EMPTY_QUESTION_MESSAGE);
  });
});

describe('robustness', () => {
  it('apologises privately for an unknown command and keeps serving', async () => {
    const callback = await run(h.discord.slashCommand('frobnicate'));
    expect(callback.body.data).toMatchObject({ content: UNKNOWN_COMMAND_MESSAGE, flags: EPHEMERAL });
    const after = await run(h.discord.slashCommand('sources'));
    expect(after.status).toBe(204);
  });

  it('logs interaction id, command and latency at info, never the question or the token', () => {
    const handled = h.logs.filter((l) => l.msg === 'interaction handled');
    expect(handled.length).toBeGreaterThan(5);
    for (const line of handled)
      expect(line).toMatchObject({
        interactionId: expect.any(String),
        command: expect.any(String),
        latencyMs: expect.any(Number),
      });
    const all = h.rawLogs.join('\n');
    expect(all).not.toContain('Carter Page');
    expect(all).not.toContain(`"${h.discord.token}"`);
  });

  it('identifies with only the Guilds and GuildMessages intents by default', () => {
    expect(h.discord.gateway.identifies[0]?.intents).toBe(1 | 512);
  });
});
