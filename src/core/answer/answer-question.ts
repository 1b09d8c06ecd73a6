import type { SearchIndex } from '../retrieval/build-index.js';
import { type AnalyzedQuestion, analyzeQuestion, rankParagraphs } from '../retrieval/rank.js';
import { findClosestWord } from '../retrieval/spelling.js';
import { analyzeTerms } from '../text/analyze.js';
import { DEFAULT_QUOTE, type QuoteOptions, selectQuote } from './select-quote.js';
import type { Answer, QuoteResult } from './types.js';

export interface AnswerOptions {
  /** At most this many results. */
  readonly top: number;
  /** Only documents of this outlet (compared ignoring case). */
  readonly outlet?: string | undefined;
  /** Only documents of these outlets (a server's enabled outlets); undefined or null means all. */
  readonly outlets?: readonly string[] | null | undefined;
  /**
   * A paragraph must score at least this (cosine, 0..1) to be quoted. Calibrated on the dev set:
   * docs/design.md gives the score distribution that puts it here.
   */
  readonly minScore: number;
  readonly quote: QuoteOptions;
}

export const DEFAULT_ANSWER: AnswerOptions = { top: 3, minScore: 0.11, quote: DEFAULT_QUOTE };

/** Score rounding for output: four decimals is finer than any difference that matters to a reader. */
function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

export function answerQuestion(index: SearchIndex, question: string, options: Partial<AnswerOptions> = {}): Answer {
  const settings: AnswerOptions = { ...DEFAULT_ANSWER, ...options };
  const noMatch = (reason: Extract<Answer, { kind: 'no-match' }>['reason'], analyzed?: AnalyzedQuestion): Answer => ({
    kind: 'no-match',
    question,
    reason,
    corrections: analyzed?.corrections ?? [],
    suggestions: analyzed ? suggestWords(index, analyzed.unknownWords) : [],
  });

  if (question.trim() === '') return noMatch('empty-question');
  const outlet = settings.outlet?.trim().toLowerCase();
  if (outlet && !index.documents.some((d) => d.outlet.toLowerCase() === outlet)) return noMatch('unknown-outlet');

  const analyzed = analyzeQuestion(index, question);
  if (analyzed.terms.length === 0) return noMatch('no-searchable-words', analyzed);

  const allowed = settings.outlets ? new Set(settings.outlets.map((o) => o.trim().toLowerCase())) : null;
  const acceptOutlet = (name: string | undefined): boolean =>
    name !== undefined && (!outlet || name === outlet) && (allowed === null || allowed.has(name));
  const accept =
    outlet || allowed ? (p: number) => acceptOutlet(index.paragraphs[p]?.document.outlet.toLowerCase()) : undefined;
  const ranked = rankParagraphs(index, analyzed.terms, { limit: settings.top, ...(accept ? { accept } : {}) }).filter(
    (r) => r.score >= settings.minScore,
  );
  if (ranked.length === 0) return noMatch('below-threshold', analyzed);

  const termWeights = new Map(analyzed.terms.map((t) => [t.term, t.weight]));
  const results = ranked.map(({ paragraphIndex, score }): QuoteResult => {
    const entry = index.paragraphs[paragraphIndex];
    if (!entry) throw new Error(`ranked paragraph ${paragraphIndex} is not in the index`);
    const { paragraph, document } = entry;
    const quote = selectQuote(paragraph.text, termWeights, settings.quote);
    const quoteTerms = new Set(analyzeTerms(quote.text));
    return {
      quote: quote.text,
      quoteStart: quote.start,
      paragraph: paragraph.text,
      documentId: document.id,
      paragraphId: paragraph.id,
      outlet: document.outlet,
      title: document.title,
      author: document.author,
      score: roundScore(score),
      matchedTerms: [...termWeights.keys()].filter((term) => quoteTerms.has(term)),
    };
  });
  return { kind: 'quotes', question, results, corrections: analyzed.corrections };
}

/** Looser than correction (two edits for any word of four letters or more): only shown, never searched. */
function suggestWords(index: SearchIndex, unknownWords: readonly string[]): string[] {
  const suggestions = new Set<string>();
  for (const word of unknownWords) {
    if (word.length < 4) continue;
    const close = findClosestWord(word, index.wordFrequency, word.length >= 6 ? 2 : 1);
    if (close !== null) suggestions.add(close);
  }
  return [...suggestions];
}
