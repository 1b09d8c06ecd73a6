import { describe, expect, it } from 'vitest';
import { asksWhatWasSaid } from '../../../src/core/text/said-question.js';

describe('asksWhatWasSaid', () => {
  it('recognises questions about someone’s words', () => {
    for (const q of [
      'what did peskov say about the claims?',
      'How did the Kremlin respond?',
      'what did page tell bloomberg',
    ])
      expect(asksWhatWasSaid(q)).toBe(true);
  });

  it('leaves other questions alone', () => {
    for (const q of ['who is peskov?', 'what did page sell?', 'did flynn say sorry'])
      expect(asksWhatWasSaid(q)).toBe(false);
  });
});
