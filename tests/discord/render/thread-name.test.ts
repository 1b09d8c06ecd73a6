import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FALLBACK_THREAD_NAME, toThreadName } from '../../../src/discord/render/thread-name.js';

describe('toThreadName', () => {
  it('takes out links, invites, mentions and control characters, and keeps the words', () => {
    expect(
      toThreadName(
        'Free nitro https://evil.example/x @everyone <@123> <@&456> <#789> discord.gg/abc \u0007\u001b[31mTrump\u001b[0m\u202e and @here',
      ),
    ).toBe('Free nitro everyone Trump and here');
    expect(toThreadName('  Russian   intelligence\ncontacts ')).toBe('Russian intelligence contacts');
  });

  it('is never empty and never longer than Discord allows', () => {
    expect(toThreadName('https://only.a.link <@1>')).toBe(FALLBACK_THREAD_NAME);
    expect(toThreadName('word '.repeat(60)).length).toBeLessThanOrEqual(100);
  });

  it('never holds a ping, a link or a control character, for any topic', () => {
    const parts = fc.constantFrom(
      '@everyone',
      '@here',
      'https://x.y/z',
      '<@12>',
      '<#34>',
      '\u0007',
      '\u001b[2J',
      'www.a.b',
      ' ',
      'word',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(parts, fc.string({ unit: 'binary' })), { maxLength: 20 }), (pieces) => {
        const name = toThreadName(pieces.join(''));
        return (
          name.length > 0 &&
          name.length <= 100 &&
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
          !/@(everyone|here)|:\/\/|www\.|<[@#]|[\u0000-\u001f\u007f-\u009f]/i.test(name)
        );
      }),
    );
  });
});
