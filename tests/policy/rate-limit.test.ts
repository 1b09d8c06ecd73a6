import { describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimitRequest } from '../../src/policy/rate-limit.js';

const T0 = Date.UTC(2026, 0, 1);

function ask(overrides: Partial<RateLimitRequest> = {}): RateLimitRequest {
  return { guildId: 'g', userId: 'u', cooldownSeconds: 10, isModerator: false, now: T0, ...overrides };
}

describe('rate limiter', () => {
  it('makes a member wait out the cooldown, and says how long in whole seconds', () => {
    const limiter = createRateLimiter();
    expect(limiter.check(ask())).toEqual({ kind: 'allowed' });
    const limited = limiter.check(ask({ now: T0 + 2500 }));
    expect(limited).toEqual({ kind: 'limited', reason: 'cooldown', retryAfterSeconds: 8 });
    expect(limiter.check(ask({ now: T0 + 9999 }))).toMatchObject({ retryAfterSeconds: 1 });
    expect(limiter.check(ask({ now: T0 + 10_000 }))).toEqual({ kind: 'allowed' });
  });

  it('keeps members and servers apart, and a cooldown of 0 is off', () => {
    const limiter = createRateLimiter();
    limiter.check(ask());
    expect(limiter.check(ask({ userId: 'other' }))).toEqual({ kind: 'allowed' });
    expect(limiter.check(ask({ guildId: 'other' }))).toEqual({ kind: 'allowed' });
    expect(limiter.check(ask({ cooldownSeconds: 0, now: T0 + 1 }))).toEqual({ kind: 'allowed' });
  });

  it('limits a burst across the server in a sliding window', () => {
    const limiter = createRateLimiter({ burstLimit: 3, burstWindowSeconds: 60 });
    for (let i = 0; i < 3; i++)
      expect(limiter.check(ask({ userId: `u${i}`, now: T0 + i * 1000 }))).toMatchObject({ kind: 'allowed' });
    expect(limiter.check(ask({ userId: 'u9', now: T0 + 5000 }))).toEqual({
      kind: 'limited',
      reason: 'burst',
      retryAfterSeconds: 55,
    });
    // The first question leaves the window at T0 + 60 s; a slot opens.
    expect(limiter.check(ask({ userId: 'u9', now: T0 + 60_000 }))).toEqual({ kind: 'allowed' });
    expect(limiter.check(ask({ userId: 'u8', now: T0 + 60_001 }))).toMatchObject({ reason: 'burst' });
  });

  it('exempts moderators from both limits without using the room’s budget', () => {
    const limiter = createRateLimiter({ burstLimit: 1, burstWindowSeconds: 60 });
    for (let i = 0; i < 5; i++)
      expect(limiter.check(ask({ isModerator: true, now: T0 + i }))).toEqual({ kind: 'allowed' });
    expect(limiter.check(ask({ userId: 'member', now: T0 + 10 }))).toEqual({ kind: 'allowed' });
    expect(limiter.check(ask({ isModerator: true, userId: 'member', now: T0 + 11 }))).toEqual({ kind: 'allowed' });
  });

  it('does not count a refused question against the member', () => {
    const limiter = createRateLimiter();
    limiter.check(ask());
    limiter.check(ask({ now: T0 + 5000 }));
    expect(limiter.check(ask({ now: T0 + 10_000 }))).toEqual({ kind: 'allowed' });
  });
});
