// /healthz, /readyz and /metrics of a real bot (startBot through real discord.js) while the fake Discord
// drives traffic: the counters move with what the members did and what Discord answered.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../src/discord/gates/question-text.js';
import { serveBotHealth } from '../../src/health/serve-bot-health.js';
import { type HealthServer, startHealthServer } from '../../src/health/start-health-server.js';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { isCallback, isOriginalEdit } from '../support/fake-discord/index.js';
import { realIndex } from '../support/real-corpus.js';
import { makeTempDir } from '../support/temp-store.js';

let harness: Harness | undefined;
let health: HealthServer | undefined;
afterEach(async () => {
  await health?.close();
  await harness?.stop();
  health = undefined;
  harness = undefined;
});

/** ':memory:' is refused by the store's opener: those tests are about a bot on a degraded database. */
async function startWithHealth(databasePath: string): Promise<{ h: Harness; url: string }> {
  harness = await startHarness({ databasePath }, {}, { storeUnavailable: databasePath === ':memory:' });
  health = await serveBotHealth(harness.bot, { host: '127.0.0.1', port: 0 });
  return { h: harness, url: health.url };
}

/** The value of one sample line of the Prometheus text, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

async function ask(h: Harness, question: string): Promise<void> {
  const interaction = h.discord.slashCommand('ask', { question });
  h.discord.dispatch('INTERACTION_CREATE', interaction);
  await h.discord.waitForRequest(isOriginalEdit(interaction));
}

/** Counters are bumped right after the reply is sent; poll briefly instead of sleeping. */
async function waitForSample(url: string, series: string, value: number): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const text = await scrape(url);
    if (sample(text, series) === value) return text;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${series} never reached ${value}:\n${await scrape(url)}`);
}

describe('the health server of a running bot', () => {
  it('answers /healthz, and /readyz with the gateway, corpus and a writable database', async () => {
    const { url } = await startWithHealth(join(makeTempDir(), 'bot.sqlite'));
    const healthz = await fetch(`${url}/healthz`);
    expect(healthz.status).toBe(200);
    expect(await healthz.json()).toMatchObject({ status: 'ok' });

    const readyz = await fetch(`${url}/readyz`);
    expect(readyz.status).toBe(200);
    expect(await readyz.json()).toMatchObject({
      ready: true,
      gateway: { connected: true, shards: [{ id: 0, status: 'Ready' }] },
      corpus: { documents: realIndex.documents.length, paragraphs: realIndex.paragraphs.length, loaded: true },
      database: { state: 'writable' },
    });
  });

  it('stays ready but says degraded when the database cannot be opened', async () => {
    // The opener refuses ':memory:' (nothing would persist): the bot answers on default settings.
    const { url } = await startWithHealth(':memory:');
    const body = (await (await fetch(`${url}/readyz`)).json()) as { ready: boolean; database: unknown };
    expect(body.ready).toBe(true);
    expect(body.database).toMatchObject({ state: 'degraded', reason: expect.any(String) });
  });

  it('counts questions by outcome, REST errors and 429s, reconnects, corpus size and database failures', async () => {
    const { h, url } = await startWithHealth(':memory:');
    await ask(h, 'Who is Carter Page?');
    await ask(h, 'What is the boiling point of mercury on Neptune?');
    let text = await waitForSample(url, 'bot_questions_total{trigger="slash",outcome="refused"}', 1);
    expect(sample(text, 'bot_questions_total{trigger="slash",outcome="answered"}')).toBe(1);
    expect(sample(text, 'bot_question_duration_seconds_count{trigger="slash",outcome="answered"}')).toBe(1);
    expect(sample(text, 'bot_question_duration_seconds_bucket{le="+Inf",trigger="slash",outcome="answered"}')).toBe(1);
    expect(sample(text, 'bot_corpus_paragraphs')).toBe(realIndex.paragraphs.length);
    expect(sample(text, 'bot_database_available')).toBe(0);
    // The degraded store cannot audit: both answers wait in the audit queue, none given up yet.
    expect(sample(text, 'bot_audit_pending')).toBe(2);
    expect(sample(text, 'bot_audit_dropped')).toBe(0);

    // Discord answers one reply with 429 and one with 500; discord.js retries both, each one counts.
    const limited = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' });
    h.discord.rest.failNext({ match: isOriginalEdit(limited, 0), status: 429, retryAfter: 0.05 });
    h.discord.dispatch('INTERACTION_CREATE', limited);
    await h.discord.waitForRequest(isOriginalEdit(limited));
    const failing = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' });
    h.discord.rest.failNext({ match: isOriginalEdit(failing, 0), status: 500 });
    h.discord.dispatch('INTERACTION_CREATE', failing);
    await h.discord.waitForRequest(isOriginalEdit(failing));
    text = await waitForSample(url, 'bot_questions_total{trigger="slash",outcome="answered"}', 3);
    expect(sample(text, 'discord_rest_errors_total{status="429"}')).toBe(1);
    expect(sample(text, 'discord_rest_errors_total{status="500"}')).toBe(1);

    h.discord.gateway.dropConnection();
    await waitForSample(url, 'discord_gateway_reconnects_total', 1);
  });

  it('counts a question the room rules refused (cooldown) and a mention asked while mentions are off', async () => {
    const { h, url } = await startWithHealth(join(makeTempDir(), 'bot.sqlite'));
    const guild = h.discord.guildId;
    expect(h.bot.context.store.settings.update(guild, { cooldownSeconds: 60, answerMentions: false }, null).ok).toBe(
      true,
    );
    const first = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, h.discord.member);
    h.discord.dispatch('INTERACTION_CREATE', first);
    await h.discord.waitForRequest(isOriginalEdit(first));
    const tooSoon = h.discord.slashCommand('ask', { question: 'Who is Carter Page?' }, h.discord.member);
    h.discord.dispatch('INTERACTION_CREATE', tooSoon);
    await waitForSample(url, 'bot_questions_total{trigger="slash",outcome="refused"}', 1);

    const mention = h.discord.message(`<@${h.discord.botUser.id}> Who is Carter Page?`, {
      mentions: [h.discord.botUser],
    });
    h.discord.dispatch('MESSAGE_CREATE', mention);
    const text = await waitForSample(url, 'bot_questions_total{trigger="mention",outcome="refused"}', 1);
    expect(sample(text, 'bot_questions_total{trigger="slash",outcome="answered"}')).toBe(1);
  });

  it('counts a question refused as it is read: empty, over-long, an unknown outlet, a message without text', async () => {
    const { h, url } = await startWithHealth(join(makeTempDir(), 'bot.sqlite'));
    const refusals = [
      h.discord.slashCommand('ask', { question: '   ' }),
      h.discord.slashCommand('ask', { question: 'Trump '.repeat(MAX_QUESTION_LENGTH) }),
      h.discord.slashCommand('ask', { question: 'Who is Carter Page?', outlet: 'Daily Planet' }),
      h.discord.messageCommand('Find sources', h.discord.message('')),
    ];
    for (const interaction of refusals) {
      h.discord.dispatch('INTERACTION_CREATE', interaction);
      const callback = await h.discord.waitForRequest(isCallback(interaction));
      // Refused privately at once, never deferred into an answer.
      expect(callback.body).toMatchObject({ type: 4, data: { flags: 64 } });
    }
    const text = await waitForSample(url, 'bot_questions_total{trigger="slash",outcome="refused"}', 3);
    expect(sample(text, 'bot_questions_total{trigger="context-menu",outcome="refused"}')).toBe(1);
    expect(sample(text, 'bot_question_duration_seconds_count{trigger="slash",outcome="refused"}')).toBe(3);
    expect(sample(text, 'bot_questions_total{trigger="slash",outcome="answered"}') ?? 0).toBe(0);
    expect(sample(text, 'bot_questions_total{trigger="slash",outcome="error"}') ?? 0).toBe(0);
  });

  it('answers 404 for other paths and 405 for other methods', async () => {
    const { url } = await startWithHealth(':memory:');
    expect((await fetch(`${url}/nope`)).status).toBe(404);
    expect((await fetch(`${url}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});

describe('startHealthServer', () => {
  const sources = {
    gateway: () => ({ connected: false, shards: [], ping: -1 }),
    corpus: () => ({ documents: 0, paragraphs: 0 }),
    database: () => ({ state: 'writable' as const }),
    metrics: { render: async () => '', contentType: 'text/plain' } as never,
  };

  it('is not ready while the gateway is down, with the reason in the body', async () => {
    health = await startHealthServer({ host: '127.0.0.1', port: 0, sources });
    const readyz = await fetch(`${health.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toMatchObject({ ready: false, gateway: { connected: false } });
  });

  it('names HEALTH_PORT when the port is taken', async () => {
    health = await startHealthServer({ host: '127.0.0.1', port: 0, sources });
    const port = Number(new URL(health.url).port);
    await expect(startHealthServer({ host: '127.0.0.1', port, sources })).rejects.toThrow(
      `HEALTH_PORT: 127.0.0.1:${port} is already in use`,
    );
  });
});
