import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/store/retention-store.js';
import { schedulePurge } from '../../src/store/schedule-purge.js';
import { makeAnswerInput } from '../support/answer-input.js';
import { createManualClock, openTempStore } from '../support/temp-store.js';

describe('retention', () => {
  it('purges questions, votes and removal records older than each server’s retention', () => {
    const clock = createManualClock();
    const { store } = openTempStore({ now: clock.now });
    store.settings.update('short', { retentionDays: 7 }, null);
    store.audit.recordAnswer(makeAnswerInput({ guildId: 'short', messageId: 's1', question: 'old short' }));
    store.audit.recordAnswer(makeAnswerInput({ guildId: 'default', messageId: 'd1', question: 'old default' }));
    store.feedback.recordVote('s1', 'x', 'helpful');
    store.audit.recordRemoval('d1', 'mod', 'moderator');
    clock.advance(8 * DAY_MS);
    store.audit.recordAnswer(makeAnswerInput({ guildId: 'short', question: 'new short' }));

    expect(store.retention.purgeExpired()).toEqual({ ok: true, value: { answers: 1, removals: 0 } });
    const short = store.audit.listHistory('short', { limit: 10 });
    expect(short.ok && short.value.map((e) => e.question)).toEqual(['new short']);
    expect(store.feedback.listVotes()).toEqual({ ok: true, value: [] });

    // 'new short' is now 22 days old (past 7) and goes; the default is 30 days: the other server's
    // question, exactly 30 days old, stays, and goes a millisecond later with its removal record.
    clock.advance(22 * DAY_MS);
    expect(store.retention.purgeExpired()).toEqual({ ok: true, value: { answers: 1, removals: 0 } });
    expect(store.audit.listHistory('default')).toMatchObject({ value: [{ question: 'old default' }] });
    clock.advance(1);
    expect(store.retention.purgeExpired()).toEqual({ ok: true, value: { answers: 1, removals: 1 } });
    expect(store.audit.listHistory('default')).toEqual({ ok: true, value: [] });
  });

  it('forgets a member: their questions, their votes, the votes on their answers, their removal records', () => {
    const { store } = openTempStore();
    store.audit.recordAnswer(makeAnswerInput({ userId: 'me', messageId: '1' }));
    store.audit.recordAnswer(makeAnswerInput({ userId: 'me', messageId: '2', guildId: 'other' }));
    store.audit.recordAnswer(makeAnswerInput({ userId: 'you', messageId: '3' }));
    store.feedback.recordVote('1', 'you', 'helpful');
    store.feedback.recordVote('3', 'me', 'helpful');
    store.feedback.recordVote('3', 'you', 'helpful');
    store.audit.recordRemoval('1', 'me', 'asker');

    expect(store.retention.forgetUser('me', '100')).toEqual({ ok: true, value: { answers: 1, votes: 2, removals: 1 } });
    const left = store.audit.listHistory('100');
    expect(left.ok && left.value.map((e) => e.userId)).toEqual(['you']);
    expect(store.audit.listHistory('other')).toMatchObject({ value: [{ userId: 'me' }] });
    expect(store.feedback.listVotes()).toMatchObject({ value: [{ vote: 'helpful', answerId: 3 }] });

    expect(store.retention.forgetUser('me')).toEqual({ ok: true, value: { answers: 1, votes: 0, removals: 0 } });
    expect(store.audit.listHistory('other')).toEqual({ ok: true, value: [] });
  });

  it('schedules a purge now and then on every tick of the injected timer, until stopped', () => {
    const clock = createManualClock();
    const { store } = openTempStore({ now: clock.now });
    let tick: (() => void) | undefined;
    let cleared = false;
    const results: unknown[] = [];
    const stop = schedulePurge(store.retention, {
      timers: {
        setInterval: (callback, ms) => {
          expect(ms).toBe(DAY_MS);
          tick = callback;
          return 'timer';
        },
        clearInterval: (timer) => {
          expect(timer).toBe('timer');
          cleared = true;
        },
      },
      onResult: (result) => results.push(result),
    });
    expect(results).toEqual([{ ok: true, value: { answers: 0, removals: 0 } }]);
    store.audit.recordAnswer(makeAnswerInput());
    clock.advance(31 * DAY_MS);
    tick?.();
    expect(results.at(-1)).toEqual({ ok: true, value: { answers: 1, removals: 0 } });
    stop();
    expect(cleared).toBe(true);
  });
});
