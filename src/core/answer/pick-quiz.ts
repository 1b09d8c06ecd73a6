// /quiz: a paragraph drawn at random among the allowed outlets, and its opening whole sentences as the
// quote, verbatim. The caller passes the random number, so the core stays deterministic under test.
import type { IndexedParagraph, SearchIndex } from '../retrieval/build-index.js';
import { splitSentences } from '../text/sentences.js';

export interface QuizOptions {
  /** A quiz quote is whole sentences, at most this long (unless the first alone is longer), so it reads as one claim. */
  readonly maxQuoteLength: number;
}

export const DEFAULT_QUIZ: QuizOptions = { maxQuoteLength: 400 };

export interface Quiz {
  readonly entry: IndexedParagraph;
  /** Whole leading sentences of the paragraph, verbatim. */
  readonly quote: string;
}

/** The first sentences of a paragraph, whole and verbatim, within `maxQuoteLength`. */
export function pickQuizQuote(paragraph: string, options: QuizOptions = DEFAULT_QUIZ): string {
  const spans = splitSentences(paragraph);
  const first = spans[0];
  if (!first) return paragraph;
  let end = first.end;
  for (const span of spans.slice(1)) {
    if (span.end - first.start > options.maxQuoteLength) break;
    end = span.end;
  }
  return paragraph.slice(first.start, end);
}

/**
 * A paragraph chosen by `random` (a number in [0, 1)) among those of `outlets` (null: every outlet), or
 * undefined when none qualifies.
 */
export function pickQuiz(
  index: SearchIndex,
  outlets: readonly string[] | null,
  random: number,
  options: QuizOptions = DEFAULT_QUIZ,
): Quiz | undefined {
  const allowed = outlets === null ? null : new Set(outlets);
  const pool = allowed === null ? index.paragraphs : index.paragraphs.filter((p) => allowed.has(p.document.outlet));
  const entry = pool[Math.min(pool.length - 1, Math.floor(Math.max(0, random) * pool.length))];
  return entry ? { entry, quote: pickQuizQuote(entry.paragraph.text, options) } : undefined;
}
