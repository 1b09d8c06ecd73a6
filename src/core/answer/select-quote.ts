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
}

export const DEFAULT_QUOTE: QuoteOptions = { coverage: 0.75, maxSentences: 3 };

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
  const spans = splitSentences(paragraph);
  if (spans.length <= 1) return sliceQuote(paragraph, spans[0] ?? { start: 0, end: paragraph.length });

  const sentenceTerms = spans.map((span) => new Set(analyzeTerms(paragraph.slice(span.start, span.end))));
  const weightOf = (terms: ReadonlySet<string>): number => {
    let sum = 0;
    for (const term of terms) sum += termWeights.get(term) ?? 0;
    return sum;
  };
  const total = weightOf(new Set(sentenceTerms.flatMap((terms) => [...terms])));
  if (total === 0) return sliceQuote(paragraph, spans[0] ?? { start: 0, end: paragraph.length });

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
  return sliceQuote(paragraph, best?.span ?? { start: 0, end: paragraph.length });
}

function sliceQuote(paragraph: string, span: SentenceSpan): SelectedQuote {
  return { start: span.start, end: span.end, text: paragraph.slice(span.start, span.end) };
}
