// One question to an Answer: analyse (with spelling), rank (first pass, adjacency, feedback), decide
// whether the corpus answers it (decide-answer.ts), and quote. Below the decision the closest passages
// come back as `related`, never as an answer (docs/contract.md section 2).
import type { SearchIndex } from '../retrieval/build-index.js';
import { type AnalyzedQuestion, analyzeQuestion, searchParagraphs } from '../retrieval/rank.js';
import { findClosestWord } from '../retrieval/spelling.js';
import { analyzeTerms } from '../text/analyze.js';
import { ANSWER_MODEL } from './answer-model.js';
import { measureSignals } from './answer-signals.js';
import type { AnswerModel } from './decide-answer.js';
import { decideAnswer } from './decide-answer.js';
import { DEFAULT_QUOTE, type QuoteOptions, selectQuote } from './select-quote.js';
import type { Answer, QuoteResult } from './types.js';

export interface AnswerOptions {
  /** At most this many results. */
  readonly top: number;
  /** Only documents of this outlet (compared ignoring case). */
  readonly outlet?: string | undefined;
  /** Only documents of these outlets (a server's enabled outlets); undefined or null means all. */
  readonly outlets?: readonly string[] | null | undefined;
  /** The no-answer decision; null answers whenever any paragraph matched at all. */
  readonly model: AnswerModel | null;
  /** A floor under the model: the best score must also reach this. */
  readonly minScore: number;
  readonly quote: QuoteOptions;
}

export const DEFAULT_ANSWER: AnswerOptions = { top: 3, model: ANSWER_MODEL, minScore: 0, quote: DEFAULT_QUOTE };

/** Score rounding for output: four decimals is finer than any difference that matters to a reader. */
function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

export function answerQuestion(index: SearchIndex, question: string, options: Partial<AnswerOptions> = {}): Answer {
  const settings: AnswerOptions = { ...DEFAULT_ANSWER, ...options };
  const noMatch = (
    reason: Extract<Answer, { kind: 'no-match' }>['reason'],
    analyzed?: AnalyzedQuestion,
    related: readonly QuoteResult[] = [],
  ): Answer => ({
    kind: 'no-match',
    question,
    reason,
    corrections: analyzed?.corrections ?? [],
    suggestions: analyzed ? suggestWords(index, analyzed.unknownWords) : [],
    related,
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
  const search = searchParagraphs(index, analyzed, { limit: settings.top, ...(accept ? { accept } : {}) });
  const signals = measureSignals(index, analyzed, search.firstPass);
  const answered =
    signals.topScore > 0 &&
    signals.topScore >= settings.minScore &&
    (settings.model === null || decideAnswer(signals, settings.model));

  const termWeights = new Map(analyzed.terms.map((t) => [t.term, t.weight]));
  const results = search.ranked.map(({ paragraphIndex, score }): QuoteResult => {
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
  if (!answered) return noMatch('below-threshold', analyzed, results);
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
