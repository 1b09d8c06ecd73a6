import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/policy/rate-limit.js';
import { DEFAULT_GUILD_SETTINGS } from '../../src/store/settings-store.js';
import { openTempStore } from '../support/temp-store.js';

describe('settings store', () => {
  it('returns the defaults for a server that saved nothing', () => {
    const { store } = openTempStore();
    expect(store.settings.get('111')).toEqual({
      allowedChannelIds: [],
      visibility: 'public',
      resultsPerAnswer: 3,
      cooldownSeconds: 3,
      enabledOutlets: null,
      answerMentions: true,
      modLogChannelId: null,
      retentionDays: 30,
    });
    expect(DEFAULT_GUILD_SETTINGS.resultsPerAnswer).toBe(3);
  });

  it('lets a member ask a follow-up five seconds later under the default cooldown', () => {
    const limiter = createRateLimiter();
    const ask = (now: number) =>
      limiter.check({
        guildId: 'g',
        userId: 'u',
        cooldownSeconds: DEFAULT_GUILD_SETTINGS.cooldownSeconds,
        isModerator: false,
        now,
      });
    expect(ask(0).kind).toBe('allowed');
    expect(ask(1_000).kind).toBe('limited');
    expect(ask(5_000).kind).toBe('allowed');
  });

  it('merges a patch over the saved settings and keeps servers apart', () => {
    const { store } = openTempStore();
    expect(store.settings.update('111', { allowedChannelIds: ['5', '6', '5'], visibility: 'private' }, '9').ok).toBe(
      true,
    );
    const second = store.settings.update('111', { cooldownSeconds: 30, enabledOutlets: ['The Moscow Times'] }, '9');
    expect(second).toEqual({
      ok: true,
      value: expect.objectContaining({ allowedChannelIds: ['5', '6'], visibility: 'private', cooldownSeconds: 30 }),
    });
    expect(store.settings.get('111')).toMatchObject({
      allowedChannelIds: ['5', '6'],
      visibility: 'private',
      cooldownSeconds: 30,
      enabledOutlets: ['The Moscow Times'],
      answerMentions: true,
    });
    expect(store.settings.get('222')).toEqual(DEFAULT_GUILD_SETTINGS);
  });

  it('rejects out-of-range values as invalid and writes nothing', () => {
    const { store } = openTempStore();
    store.settings.update('111', { resultsPerAnswer: 4 }, '9');
    const result = store.settings.update('111', { resultsPerAnswer: 9, cooldownSeconds: 5 }, '9');
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message).toMatch(/resultsPerAnswer/);
    expect(store.settings.get('111')).toMatchObject({ resultsPerAnswer: 4, cooldownSeconds: 3 });
    expect(store.settings.update('111', { modLogChannelId: 'not-an-id' }, '9')).toMatchObject({ reason: 'invalid' });
  });
});
