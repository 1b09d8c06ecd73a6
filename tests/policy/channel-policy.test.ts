import { describe, expect, it } from 'vitest';
import { type ChannelPolicyInput, decideChannelPolicy } from '../../src/policy/channel-policy.js';

function input(overrides: Partial<ChannelPolicyInput> = {}): ChannelPolicyInput {
  return {
    trigger: 'slash',
    channelId: 'c1',
    allowedChannelIds: [],
    answerMentions: true,
    visibility: 'public',
    ...overrides,
  };
}

describe('channel policy', () => {
  it('answers everywhere when the allowlist is empty, with the server’s visibility', () => {
    expect(decideChannelPolicy(input())).toEqual({ kind: 'answer', visibility: 'public' });
    expect(decideChannelPolicy(input({ visibility: 'private' }))).toEqual({ kind: 'answer', visibility: 'private' });
  });

  it('answers in an allowed channel or a thread inside one', () => {
    const allowedChannelIds = ['c2', 'c3'];
    expect(decideChannelPolicy(input({ channelId: 'c3', allowedChannelIds }))).toMatchObject({ kind: 'answer' });
    expect(decideChannelPolicy(input({ channelId: 't9', parentChannelId: 'c2', allowedChannelIds }))).toMatchObject({
      kind: 'answer',
    });
  });

  it('answers a slash command outside the allowlist privately, pointing to the allowed channels', () => {
    const decision = decideChannelPolicy(input({ allowedChannelIds: ['c2', 'c3'] }));
    expect(decision).toEqual({ kind: 'answer-privately', allowedChannelIds: ['c2', 'c3'] });
  });

  it('stays silent for a mention outside the allowlist, or when mentions are off', () => {
    expect(decideChannelPolicy(input({ trigger: 'mention', allowedChannelIds: ['c2'] }))).toEqual({
      kind: 'stay-silent',
      reason: 'outside-allowlist',
    });
    expect(decideChannelPolicy(input({ trigger: 'mention', answerMentions: false }))).toEqual({
      kind: 'stay-silent',
      reason: 'mentions-off',
    });
    expect(decideChannelPolicy(input({ trigger: 'mention', visibility: 'private' }))).toEqual({
      kind: 'answer',
      visibility: 'public',
    });
  });
});
