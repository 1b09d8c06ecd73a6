import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBotMetrics } from '../../src/metrics/bot-metrics.js';
import { countStoreFailures } from '../../src/metrics/count-store-failures.js';
import { openStore } from '../../src/store/open-store.js';
import { makeTempDir } from '../support/temp-store.js';

function countInto(): { operations: string[]; record: (operation: string) => void } {
  const operations: string[] = [];
  return { operations, record: (operation) => operations.push(operation) };
}

describe('countStoreFailures', () => {
  it('counts each failed operation by name and hands back the same results', () => {
    const { operations, record } = countInto();
    const store = countStoreFailures(openStore({ path: ':memory:' }), record);
    const result = store.settings.update('123456789012345678', { resultsPerAnswer: 2 }, null);
    expect(result.ok).toBe(false);
    store.audit.recordAnswer({
      guildId: '123456789012345678',
      channelId: '1',
      userId: '2',
      question: 'q',
      paragraphIds: [],
      answered: false,
      latencyMs: 1,
      trigger: 'slash',
      visibility: 'public',
      messageId: null,
    });
    expect(operations).toEqual(['settings.update', 'audit.recordAnswer']);
    expect(store.status().kind).toBe('unavailable');
  });

  it('counts nothing for successes or for a value the store refused', () => {
    const { operations, record } = countInto();
    const store = countStoreFailures(openStore({ path: join(makeTempDir(), 'bot.sqlite') }), record);
    expect(store.settings.update('123456789012345678', { resultsPerAnswer: 2 }, null).ok).toBe(true);
    expect(store.settings.update('123456789012345678', { resultsPerAnswer: 99 }, null)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(operations).toEqual([]);
    store.close();
  });

  it('counts a failure that a promise settles to', async () => {
    const { operations, record } = countInto();
    const fake = {
      audit: { enqueue: async () => ({ ok: false, reason: 'busy', message: 'locked' }) },
      status: () => ({ kind: 'ready' }),
    } as never;
    const counted = countStoreFailures(fake, record) as unknown as { audit: { enqueue(): Promise<unknown> } };
    await counted.audit.enqueue();
    await Promise.resolve();
    expect(operations).toEqual(['audit.enqueue']);
  });
});

describe('createBotMetrics', () => {
  it('reads the corpus size at each scrape, so a reloaded corpus is reported as it is', async () => {
    const metrics = createBotMetrics();
    let paragraphs = 20;
    metrics.watchCorpus(() => ({ documents: 2, paragraphs }));
    expect(await metrics.render()).toMatch(/^bot_corpus_paragraphs 20$/m);
    paragraphs = 25;
    expect(await metrics.render()).toMatch(/^bot_corpus_paragraphs 25$/m);
  });

  it('puts each question in its latency bucket', async () => {
    const metrics = createBotMetrics();
    metrics.recordQuestion('mention', 'answered', 0.2);
    metrics.recordQuestion('mention', 'answered', 4);
    const text = await metrics.render();
    expect(text).toMatch(/^bot_question_duration_seconds_bucket\{le="0.25",trigger="mention",outcome="answered"\} 1$/m);
    expect(text).toMatch(/^bot_question_duration_seconds_bucket\{le="5",trigger="mention",outcome="answered"\} 2$/m);
    expect(text).toMatch(/^bot_questions_total\{trigger="mention",outcome="answered"\} 2$/m);
    // Node's own process metrics come with the same scrape.
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});
