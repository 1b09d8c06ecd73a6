// The quote: the smallest run of whole sentences of the paragraph that carries the match. Each sentence
// is scored by the question terms it contains (weighted as the ranking weighs them); we take the
// shortest window of consecutive sentences that holds at least `coverage` of what the whole paragraph
// matched, preferring fewer sentences, then more matched weight, then fewer characters.
import { analyzeTerms } from '../text/analyze.js';
import { type SentenceSpan, splitSentences } from '../text/sentences.js';

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
}

export const MAX_QUOTE_CHARS = 1200;
export const DEFAULT_QUOTE: QuoteOptions = { coverage: 0.75, maxSentences: 3, maxChars: MAX_QUOTE_CHARS };

export interface SelectedQuote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function selectQuote(
  paragraph: string,
  termWeights: ReadonlyMap<string, number>,
  options: QuoteOptions = DEFAULT_QUOTE,
): SelectedQuote {
  const chosen = selectSpan(paragraph, termWeights, options);
  return sliceQuote(paragraph, capSpan(paragraph, chosen, options.maxChars ?? MAX_QUOTE_CHARS));
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

function selectSpan(paragraph: string, termWeights: ReadonlyMap<string, number>, options: QuoteOptions): SentenceSpan {
  const spans = splitSentences(paragraph);
  if (spans.length <= 1) return spans[0] ?? { start: 0, end: paragraph.length };

  const sentenceTerms = spans.map((span) => new Set(analyzeTerms(paragraph.slice(span.start, span.end))));
  const weightOf = (terms: ReadonlySet<string>): number => {
    let sum = 0;
    for (const term of terms) sum += termWeights.get(term) ?? 0;
    return sum;
  };
  const total = weightOf(new Set(sentenceTerms.flatMap((terms) => [...terms])));
  if (total === 0) return spans[0] ?? { start: 0, end: paragraph.length };

  let best: { span: SentenceSpan; sentences: number; weight: number } | null = null;
  for (let size = 1; size <= Math.min(options.maxSentences, spans.length); size += 1) {
    for (let first = 0; first + size <= spans.length; first += 1) {
      const terms = new Set(sentenceTerms.slice(first, first + size).flatMap((t) => [...t]));
      const weight = weightOf(terms);
      const span = { start: spans[first]?.start ?? 0, end: spans[first + size - 1]?.end ?? 0 };
      const isBetter =
        best === null ||
        weight > best.weight + 1e-9 ||
        (Math.abs(weight - best.weight) <= 1e-9 && span.end - span.start < best.span.end - best.span.start);
      if (isBetter) best = { span, sentences: size, weight };
    }
    if (best !== null && best.weight >= options.coverage * total - 1e-9) break;
  }
  return best?.span ?? { start: 0, end: paragraph.length };
}

function sliceQuote(paragraph: string, span: SentenceSpan): SelectedQuote {
  return { start: span.start, end: span.end, text: paragraph.slice(span.start, span.end) };
}
