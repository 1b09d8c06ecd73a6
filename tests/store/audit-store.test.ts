import { describe, expect, it } from 'vitest';
import { makeAnswerInput } from '../support/answer-input.js';
import { readRemovals } from '../support/read-removals.js';
import { createManualClock, openTempStore } from '../support/temp-store.js';

describe('audit store', () => {
  it('records who asked what, where, the quoted paragraph ids and the latency', () => {
    const clock = createManualClock();
    const { store } = openTempStore({ now: clock.now });
    const recorded = store.audit.recordAnswer(makeAnswerInput({ messageId: '900' }));
    expect(recorded).toEqual({
      ok: true,
      value: expect.objectContaining({
        guildId: '100',
        channelId: '200',
        userId: '300',
        question: 'Who is Carter Page?',
        paragraphIds: ['occupy-democrats-trump-kremlin#3', 'occupy-democrats-trump-kremlin#4'],
        latencyMs: 12,
        messageId: '900',
        createdAt: clock.now(),
        removedAt: null,
      }),
    });
    expect(store.audit.findByMessageId('900')).toMatchObject({ ok: true, value: { userId: '300' } });
    expect(store.audit.findByMessageId('901')).toEqual({ ok: true, value: null });
  });

  it('lists history newest first, per user, with a limit', () => {
    const clock = createManualClock();
    const { store } = openTempStore({ now: clock.now });
    for (const [user, question] of [
      ['1', 'first'],
      ['2', 'second'],
      ['1', 'third'],
      ['1', 'fourth'],
    ] as const) {
      store.audit.recordAnswer(makeAnswerInput({ userId: user, question }));
      clock.advance(1000);
    }
    store.audit.recordAnswer(makeAnswerInput({ guildId: 'other', question: 'elsewhere' }));
    const all = store.audit.listHistory('100', { limit: 50 });
    expect(all.ok && all.value.map((e) => e.question)).toEqual(['fourth', 'third', 'second', 'first']);
    const mine = store.audit.listHistory('100', { userId: '1', limit: 2 });
    expect(mine.ok && mine.value.map((e) => e.question)).toEqual(['fourth', 'third']);
  });

  it('logs a removal with who removed it and marks the answer removed', () => {
    const clock = createManualClock();
    const { store, path } = openTempStore({ now: clock.now });
    store.audit.recordAnswer(makeAnswerInput({ messageId: '900', userId: '300' }));
    clock.advance(5000);
    const removal = store.audit.recordRemoval('900', '555', 'moderator');
    expect(removal).toEqual({
      ok: true,
      value: expect.objectContaining({
        askerId: '300',
        removedBy: '555',
        removerRole: 'moderator',
        messageId: '900',
        createdAt: clock.now(),
      }),
    });
    expect(store.audit.findByMessageId('900')).toMatchObject({ value: { removedAt: clock.now() } });
    expect(readRemovals(path, '100')).toMatchObject([{ removedBy: '555', messageId: '900' }]);
    expect(store.audit.recordRemoval('404', '555', 'moderator')).toEqual({ ok: true, value: null });
  });
});
