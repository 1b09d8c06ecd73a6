// What members add around a question in a Discord channel (a mention, an emoji, a link, "lol", "pls",
// shouting, "anyone know…") must not change which passage answers it (src/core/text/chat-markup.ts,
// chat-shorthand.ts, and the function-word handling of analyze-question.ts).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { realIndex } from '../../support/real-corpus.js';

const QUESTIONS = [
  'Who is Carter Page?',
  'Why did Michael Flynn resign?',
  'What did Dmitry Peskov say about the claims?',
  'Which states had their voter databases attacked?',
  'What is Global Energy Capital?',
];

const NOISE: ReadonlyArray<readonly [string, (q: string) => string]> = [
  ['shouting', (q) => q.toUpperCase()],
  ['a mention and an emoji', (q) => `<@123456789012345678> <:pepe:112233445566778899> ${q} 😂`],
  ['a link', (q) => `${q} https://t.co/abc123`],
  ['chat asides', (q) => `lol ${q.toLowerCase()} tbh pls thanks`],
  ['a held-down letter', (q) => q.replace(/\bwho\b/i, 'whooo').replace(/\bwhat\b/i, 'whaaat')],
  ['framing', (q) => `hey guys, anyone know ${q.toLowerCase()}`],
  ['no apostrophe, a swapped stopword', (q) => q.replace(/\bWho is\b/, 'whos').replace(/\bthe\b/, 'teh')],
];

describe('chat noise around a question', () => {
  for (const question of QUESTIONS) {
    const plain = answerQuestion(realIndex, question);
    it(`leaves the answer to "${question}" where it was`, () => {
      expect(plain.kind).toBe('quotes');
      const top = plain.kind === 'quotes' ? plain.results[0]?.paragraphId : undefined;
      for (const [name, addNoise] of NOISE) {
        const noisy = answerQuestion(realIndex, addNoise(question));
        expect({ name, top: noisy.kind === 'quotes' ? noisy.results[0]?.paragraphId : noisy.kind }).toEqual({
          name,
          top,
        });
      }
    });
  }
});
