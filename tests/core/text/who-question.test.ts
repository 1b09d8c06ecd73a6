import { describe, expect, it } from 'vitest';
import { asksWhoIs } from '../../../src/core/text/who-question.js';

describe('asksWhoIs', () => {
  it('recognises questions asking who someone is, as typed in chat', () => {
    for (const q of ['Who is Carter Page?', "so who's kislyak then", 'whos sechin', 'ok, who was the chairman?'])
      expect(asksWhoIs(q)).toBe(true);
  });

  it('leaves other questions alone', () => {
    for (const q of ['who met sechin?', 'what is rosneft?', 'is sechin who page met?', 'whose idea was it'])
      expect(asksWhoIs(q)).toBe(false);
  });
});
