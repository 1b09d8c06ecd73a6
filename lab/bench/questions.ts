// Known-item questions: a handful of words drawn from one paragraph, so the right answer is known and
// hit@1 measures whether a system puts that paragraph first. Every system gets the same questions.
import { isStopword } from '../../src/core/text/stopwords.js';
import { createRandom } from './synthetic-corpus.js';

export interface KnownItemQuestion {
  readonly question: string;
  /** The paragraph id (`doc#n`) the words were drawn from. */
  readonly paragraphId: string;
}

export interface QuestionOptions {
  readonly count: number;
  readonly wordsPerQuestion: number;
  readonly seed: number;
}

export const DEFAULT_QUESTIONS: QuestionOptions = { count: 1000, wordsPerQuestion: 5, seed: 7 };

export interface SourceParagraph {
  readonly id: string;
  readonly text: string;
}

/**
 * Words are lower-cased runs of letters of three or more, natural's stopwords left out (every system
 * drops those anyway, so drawing them would only make questions shorter). Paragraphs are drawn with
 * replacement, so a small corpus still yields `count` questions.
 */
export function makeKnownItemQuestions(
  paragraphs: readonly SourceParagraph[],
  options: Partial<QuestionOptions> = {},
): KnownItemQuestion[] {
  const settings = { ...DEFAULT_QUESTIONS, ...options };
  const random = createRandom(settings.seed);
  const questions: KnownItemQuestion[] = [];
  if (paragraphs.length === 0) return questions;
  for (let attempts = 0; questions.length < settings.count && attempts < settings.count * 10; attempts += 1) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)];
    if (!paragraph) continue;
    const words = [...new Set(paragraph.text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])].filter((w) => !isStopword(w));
    if (words.length === 0) continue;
    const chosen: string[] = [];
    while (chosen.length < Math.min(settings.wordsPerQuestion, words.length)) {
      const [word] = words.splice(Math.floor(random() * words.length), 1);
      if (word !== undefined) chosen.push(word);
    }
    questions.push({ question: chosen.join(' '), paragraphId: paragraph.id });
  }
  return questions;
}

/**
 * Worst-case questions for the spelling step (issue 14): `length` characters of invented words of
 * 3-16 letters that no corpus holds, each one a candidate for correction. Deterministic.
 */
export function makeAdversarialQuestions(count: number, length = 500, seed = 13): KnownItemQuestion[] {
  const random = createRandom(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, () => {
    let text = '';
    while (text.length < length) {
      const size = 3 + Math.floor(random() * 14);
      let word = '';
      for (let i = 0; i < size; i += 1) word += letters[Math.floor(random() * letters.length)];
      text += `${word} `;
    }
    return { question: text.slice(0, length).trim(), paragraphId: '' };
  });
}
