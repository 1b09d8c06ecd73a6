// One question to an Answer: analyse (with spelling), rank (first pass, adjacency, feedback), decide
// whether the corpus answers it (decide-answer.ts), and quote. Below the decision the closest passages
// come back as `related`, never as an answer (docs/contract.md section 2).

import type { SearchIndex } from '../retrieval/build-index.js';
import { type AnalyzedQuestion, analyzeQuestion, type RankedParagraph, searchParagraphs } from '../retrieval/rank.js';
import { findClosestWord } from '../retrieval/spelling.js';
import { stripChatMarkup } from '../text/chat-markup.js';
import { asksWhatWasSaid } from '../text/said-question.js';
import { ANSWER_MODEL } from './answer-model.js';
import { measureSignals } from './answer-signals.js';
import type { AnswerModel } from './decide-answer.js';
import { decide } from './decide-answer.js';
import { findNamedOutlet, NAMED_OUTLET_PREFERENCE } from './named-outlet.js';
import { DEFAULT_QUOTE, type QuoteOptions, selectQuote } from './select-quote.js';
import type { Answer, QuoteResult } from './types.js';

export interface AnswerOptions {
  /** At most this many results. */
  readonly top: number;
  /**
   * The one outlet filter: only documents of these outlets (compared ignoring case): the CLI's --outlet
   * as one name, a server's enabled outlets as several. Undefined or null means all. When none of them
   * is in the corpus the answer is `unknown-outlet`.
   */
  readonly outlets?: readonly string[] | null | undefined;
  /** The no-answer decision; null answers whenever any paragraph matched at all. */
  readonly model: AnswerModel | null;
  /** A floor under the model: the best score must also reach this. */
  readonly minScore: number;
  readonly quote: QuoteOptions;
}

/**
 * The filter for one chosen outlet within a set of enabled ones (null = all enabled): that outlet if
 * enabled, else nothing (an empty list, which no paragraph passes). Undefined `outlet` is no choice.
 */
export function narrowOutlets(
  outlet: string | undefined,
  enabled: readonly string[] | null | undefined,
): readonly string[] | null {
  if (outlet === undefined) return enabled ?? null;
  if (!enabled) return [outlet];
  return enabled.some((o) => o.trim().toLowerCase() === outlet.trim().toLowerCase()) ? [outlet] : [];
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
    expansions: analyzed?.expansions ?? [],
    suggestions: analyzed ? suggestWords(index, analyzed.unknownWords) : [],
    related,
  });

  if (question.trim() === '') return noMatch('empty-question');
  const allowed = settings.outlets ? new Set(settings.outlets.map((o) => o.trim().toLowerCase())) : null;
  if (allowed && allowed.size > 0 && !index.documents.some((d) => allowed.has(d.outlet.toLowerCase())))
    return noMatch('unknown-outlet');

  // What is searched: the question without Discord markup and links (the answer keeps it as typed).
  const text = stripChatMarkup(question);
  // An outlet named in the question is preferred, unless a filter already decides the outlets.
  const named = allowed === null ? findNamedOutlet(index, text) : null;
  const analyzed = analyzeQuestion(index, named ? named.withoutUnknownNameWords : text);
  if (analyzed.terms.length === 0) return noMatch('no-searchable-words', analyzed);

  const outletOf = (p: number): string | undefined => index.paragraphs[p]?.document.outlet;
  const accept = allowed ? (p: number) => allowed.has(outletOf(p)?.toLowerCase() ?? '') : undefined;
  const search = searchParagraphs(index, analyzed, { limit: settings.top, ...(accept ? { accept } : {}) });
  const withoutName = named && named.rest !== '' ? analyzeQuestion(index, named.rest) : null;
  const ranked =
    named && withoutName && withoutName.terms.length > 0
      ? preferOutlet(index, withoutName, named.outlet, settings.top)
      : search.ranked;
  const signals = measureSignals(index, analyzed, search.firstPass);
  // Without a model, any match answers; minScore is a floor under either.
  const decision =
    settings.model !== null ? decide(signals, settings.model) : signals.topScore > 0 ? 'answer' : 'below-threshold';
  const answered = decision === 'answer' && signals.topScore >= settings.minScore;

  const termWeights = new Map(analyzed.terms.map((t) => [t.term, t.weight]));
  const quoteOptions = asksWhatWasSaid(text) ? { ...settings.quote, withQuotation: true } : settings.quote;
  const results = ranked.map(({ paragraphIndex, score }): QuoteResult => {
    const entry = index.paragraphs[paragraphIndex];
    if (!entry) throw new Error(`ranked paragraph ${paragraphIndex} is not in the index`);
    const { paragraph, document } = entry;
    const quote = selectQuote(paragraph.text, termWeights, quoteOptions);
    const quoteTerms = quote.terms;
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
  if (!answered) return noMatch(decision === 'no-quantity' ? 'no-quantity' : 'below-threshold', analyzed, results);
  return { kind: 'quotes', question, results, corrections: analyzed.corrections, expansions: analyzed.expansions };
}

/**
 * The named outlet's best paragraphs join the overall best, scored × (1 + NAMED_OUTLET_PREFERENCE), and
 * the top `limit` of the two lists, sorted, are kept: another outlet still shows when it matches much better.
 */
function preferOutlet(
  index: SearchIndex,
  analyzed: AnalyzedQuestion,
  outlet: string,
  limit: number,
): RankedParagraph[] {
  const isNamed = (p: number): boolean => index.paragraphs[p]?.document.outlet === outlet;
  const ranked = searchParagraphs(index, analyzed, { limit }).ranked;
  const own = searchParagraphs(index, analyzed, { limit, accept: isNamed }).ranked;
  const merged = new Map<number, number>();
  for (const r of [...ranked, ...own])
    merged.set(r.paragraphIndex, isNamed(r.paragraphIndex) ? r.score * (1 + NAMED_OUTLET_PREFERENCE) : r.score);
  return [...merged]
    .map(([paragraphIndex, score]) => ({ paragraphIndex, score }))
    .sort((a, b) => b.score - a.score || a.paragraphIndex - b.paragraphIndex)
    .slice(0, limit);
}

/** Unknown words looked at for "did you mean": a hint, so a few are enough and the work stays bounded. */
const MAX_SUGGESTED_WORDS = 3;

/**
 * Looser than correction (two edits for any word of six letters or more): only shown, never searched.
 * Never for a real English word: "weather" is not a misspelling of "whether", nor "France" of "face".
 */
function suggestWords(index: SearchIndex, unknownWords: readonly string[]): string[] {
  const suggestions = new Set<string>();
  for (const word of unknownWords.slice(0, MAX_SUGGESTED_WORDS)) {
    if (word.length < 4 || index.lexicon?.isWord(word)) continue;
    const close = findClosestWord(word, index.wordFrequency, word.length >= 6 ? 2 : 1);
    if (close !== null) suggestions.add(close);
  }
  return [...suggestions];
}
