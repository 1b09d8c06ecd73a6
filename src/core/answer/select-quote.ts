// The quote: the smallest run of whole sentences of the paragraph that carries the match. Each sentence
// is scored by the question terms it contains (weighted as the ranking weighs them); we take the
// shortest window of consecutive sentences that holds at least `coverage` of what the whole paragraph
// matched, preferring fewer sentences, then more matched weight, then fewer characters.
import { sentenceTermsOf } from '../text/sentence-terms.js';
import type { SentenceSpan } from '../text/sentences.js';

export interface QuoteOptions {
  /** Share of the paragraph's matched weight the quote must carry. */
  readonly coverage: number;
  /** Never more sentences than this, even if coverage needs them. */
  readonly maxSentences: number;
  /**
   * Never longer than this (characters): a run-on "sentence" is cut at the last word boundary that
   * fits, still verbatim (a prefix of the window, so a substring of the paragraph).
   */
  readonly maxChars?: number;
  /**
   * The question asks what someone said ("what did Peskov say…"): a window without a quotation takes
   * in the next sentence when that one quotes someone, since news reports the words after naming the
   * speaker ("Peskov declined to comment on the claims. "It's the internal affair…"").
   */
  readonly withQuotation?: boolean;
}

export const MAX_QUOTE_CHARS = 1200;
export const DEFAULT_QUOTE: QuoteOptions = { coverage: 0.75, maxSentences: 3, maxChars: MAX_QUOTE_CHARS };

export interface SelectedQuote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The index terms of the quote's sentences: what `matchedTerms` is drawn from. */
  readonly terms: ReadonlySet<string>;
}

export function selectQuote(
  paragraph: string,
  termWeights: ReadonlyMap<string, number>,
  options: QuoteOptions = DEFAULT_QUOTE,
): SelectedQuote {
  const { spans, sentenceTerms } = sentenceTermsOf(paragraph);
  const window = selectWindow(spans, sentenceTerms, paragraph.length, termWeights, options);
  const chosen = options.withQuotation ? extendToQuotation(paragraph, spans, window, options.maxSentences) : window;
  const span = capSpan(paragraph, chosen.span, options.maxChars ?? MAX_QUOTE_CHARS);
  return sliceQuote(paragraph, span, sentenceTerms, chosen.first, chosen.end);
}

/** The window cut to `maxChars`, ending at a word boundary when there is one. */
function capSpan(paragraph: string, span: SentenceSpan, maxChars: number): SentenceSpan {
  if (span.end - span.start <= maxChars) return span;
  const window = paragraph.slice(span.start, span.start + maxChars + 1);
  const lastSpace = window.search(/\s\S*$/u);
  let end = span.start + (lastSpace > 0 ? lastSpace : maxChars);
  // Never end between the two halves of a surrogate pair.
  const last = paragraph.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { start: span.start, end: span.start + paragraph.slice(span.start, end).trimEnd().length };
}

const QUOTATION_MARK = /["\u201C\u201D]/;

/** The window with the next sentence added when the window quotes no one and that sentence does. */
function extendToQuotation(
  paragraph: string,
  spans: readonly SentenceSpan[],
  window: Window,
  maxSentences: number,
): Window {
  const next = spans[window.end];
  if (next === undefined || window.end - window.first >= maxSentences) return window;
  if (QUOTATION_MARK.test(paragraph.slice(window.span.start, window.span.end))) return window;
  if (!QUOTATION_MARK.test(paragraph.slice(next.start, next.end))) return window;
  return { span: { start: window.span.start, end: next.end }, first: window.first, end: window.end + 1 };
}

interface Window {
  readonly span: SentenceSpan;
  /** Sentences first .. end - 1 of the paragraph. */
  readonly first: number;
  readonly end: number;
}

/**
 * Per sentence, the question terms it holds, in the sentence's own term order. A window's weight is the
 * sum of termWeights over the union of its sentences' terms, and terms outside the question add 0, so
 * these short lists are all the window search needs: no set of every term per window (that was most of
 * what an answer cost on long paragraphs).
 */
function matchSentences(
  sentenceTerms: ReadonlyArray<ReadonlySet<string>>,
  termWeights: ReadonlyMap<string, number>,
): string[][] {
  return sentenceTerms.map((terms) => {
    const matched: string[] = [];
    for (const term of terms) if (termWeights.has(term)) matched.push(term);
    return matched;
  });
}

/**
 * The weight of sentences first .. end - 1: each question term once, added in the order a set of the
 * sentences' terms would hold them (sentence by sentence), so the floating-point sum is the same.
 */
function weighWindow(
  matched: readonly string[][],
  first: number,
  end: number,
  termWeights: ReadonlyMap<string, number>,
): number {
  const seen: string[] = [];
  let sum = 0;
  for (let s = first; s < end; s += 1)
    for (const term of matched[s] ?? []) {
      if (seen.includes(term)) continue;
      seen.push(term);
      sum += termWeights.get(term) ?? 0;
    }
  return sum;
}

function selectWindow(
  spans: readonly SentenceSpan[],
  sentenceTerms: ReadonlyArray<ReadonlySet<string>>,
  length: number,
  termWeights: ReadonlyMap<string, number>,
  options: QuoteOptions,
): Window {
  const whole: Window = { span: { start: 0, end: length }, first: 0, end: sentenceTerms.length };
  if (spans.length <= 1) return spans[0] ? { ...whole, span: spans[0] } : whole;
  const matched = matchSentences(sentenceTerms, termWeights);
  const total = weighWindow(matched, 0, matched.length, termWeights);
  if (total === 0) return { span: spans[0] ?? whole.span, first: 0, end: 1 };

  let best: { span: SentenceSpan; first: number; sentences: number; weight: number } | null = null;
  for (let size = 1; size <= Math.min(options.maxSentences, spans.length); size += 1) {
    for (let first = 0; first + size <= spans.length; first += 1) {
      const weight = weighWindow(matched, first, first + size, termWeights);
      const span = { start: spans[first]?.start ?? 0, end: spans[first + size - 1]?.end ?? 0 };
      const isBetter =
        best === null ||
        weight > best.weight + 1e-9 ||
        (Math.abs(weight - best.weight) <= 1e-9 && span.end - span.start < best.span.end - best.span.start);
      if (isBetter) best = { span, first, sentences: size, weight };
    }
    if (best !== null && best.weight >= options.coverage * total - 1e-9) break;
  }
  if (best === null) return whole;
  return { span: best.span, first: best.first, end: best.first + best.sentences };
}

function sliceQuote(
  paragraph: string,
  span: SentenceSpan,
  sentenceTerms: ReadonlyArray<ReadonlySet<string>>,
  first: number,
  end: number,
): SelectedQuote {
  const terms = new Set<string>();
  for (const set of sentenceTerms.slice(first, end)) for (const term of set) terms.add(term);
  return { start: span.start, end: span.end, text: paragraph.slice(span.start, span.end), terms };
}
