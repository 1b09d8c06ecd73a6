import { describe, expect, it } from 'vitest';
import { decideRemoval } from '../../src/policy/decide-removal.js';

describe('decideRemoval', () => {
  it('lets the asker or a moderator remove, and nobody else', () => {
    expect(decideRemoval({ askerId: 'a', actorId: 'a', actorIsModerator: false })).toEqual({
      kind: 'allowed',
      role: 'asker',
    });
    expect(decideRemoval({ askerId: 'a', actorId: 'a', actorIsModerator: true })).toEqual({
      kind: 'allowed',
      role: 'asker',
    });
    expect(decideRemoval({ askerId: 'a', actorId: 'm', actorIsModerator: true })).toEqual({
      kind: 'allowed',
      role: 'moderator',
    });
    expect(decideRemoval({ askerId: 'a', actorId: 'b', actorIsModerator: false })).toMatchObject({ kind: 'denied' });
  });
});
