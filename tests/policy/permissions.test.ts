import { describe, expect, it } from 'vitest';
import { isModerator } from '../../src/policy/permissions.js';

describe('isModerator', () => {
  it('is true for Manage Server (0x20) or Administrator (0x8), as bigint or Discord’s decimal string', () => {
    expect(isModerator(0x20n)).toBe(true);
    expect(isModerator(0x8n)).toBe(true);
    expect(isModerator('32')).toBe(true);
    expect(isModerator(String(0x20n | 0x400n | (1n << 40n)))).toBe(true);
  });

  it('is false for other permissions, nothing, a DM or garbage', () => {
    expect(isModerator(0x400n | 0x800n)).toBe(false);
    expect(isModerator(0n)).toBe(false);
    expect(isModerator(null)).toBe(false);
    expect(isModerator(undefined)).toBe(false);
    expect(isModerator('not a number')).toBe(false);
  });
});
