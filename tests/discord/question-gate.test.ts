// The `question` gate's wording and buckets, with a real store and rate limiter on an injected clock.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { admitQuestion, type QuestionPlace } from '../../src/discord/gates/question-gate.js';
import { EMPTY_QUESTION_MESSAGE } from '../../src/discord/gates/question-text.js';
import type { BotContext } from '../../src/discord/types.js';
import { createRateLimiter } from '../../src/policy/rate-limit.js';
import { createManualClock, openTempStore } from '../support/temp-store.js';

function gate(burstLimit: number) {
  const clock = createManualClock();
  const { store } = openTempStore({ now: clock.now });
  const context = {
    store,
    rateLimiter: createRateLimiter({ burstLimit, burstWindowSeconds: 60 }),
    now: clock.now,
    logger: pino({ level: 'silent' }),
  } as unknown as BotContext;
  const place = (userId: string, guildId: string | null): QuestionPlace => ({
    trigger: 'slash',
    guildId,
    channelId: '1',
    parentChannelId: null,
    userId,
    permissions: null,
  });
  return {
    clock,
    admit: (userId: string, guildId: string | null, question = 'Q?') =>
      admitQuestion(context, place(userId, guildId), question),
  };
}

describe('the question gate', () => {
  it('shares the burst limit within a server, and says so', () => {
    const { admit } = gate(1);
    expect(admit('a', '100').kind).toBe('admitted');
    expect(admit('b', '100')).toEqual({
      kind: 'refused',
      message: expect.stringMatching(/^This server is asking a lot right now: try again in \d+ s\.$/),
    });
  });

  it('gives each person in a direct message their own burst limit, worded for them', () => {
    const { admit, clock } = gate(1);
    expect(admit('a', null).kind).toBe('admitted');
    expect(admit('b', null).kind).toBe('admitted');
    clock.advance(11_000); // past the default cooldown (3 s), inside the 60 s burst window
    expect(admit('a', null)).toEqual({
      kind: 'refused',
      message: 'You are asking a lot right now: try again in 49 s.',
    });
  });

  it('refuses an empty question without counting it against the cooldown', () => {
    const { admit } = gate(5);
    expect(admit('a', '100', '   ')).toEqual({ kind: 'refused', message: EMPTY_QUESTION_MESSAGE });
    expect(admit('a', '100').kind).toBe('admitted');
    expect(admit('a', '100')).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/^You are asking quickly/),
    });
  });
});
