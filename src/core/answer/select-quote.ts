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
  /** The index terms of the quote's sentences: what `matchedTerms` is drawn from. */
  readonly terms: ReadonlySet<string>;
}

interface SplitParagraph {
  readonly spans: readonly SentenceSpan[];
  readonly sentenceTerms: ReadonlyArray<ReadonlySet<string>>;
}

// Splitting and analysing a paragraph's sentences is most of what a quote costs, and the same
// paragraphs answer many questions: keep the last few thousand, dropped all at once when full.
const SPLIT_CACHE_SIZE = 4096;
const splitCache = new Map<string, SplitParagraph>();

function splitParagraph(paragraph: string): SplitParagraph {
  let split = splitCache.get(paragraph);
  if (split === undefined) {
    const spans = splitSentences(paragraph);
    const sentenceTerms = spans.map((span) => new Set(analyzeTerms(paragraph.slice(span.start, span.end))));
    split = { spans, sentenceTerms };
    if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.clear();
    splitCache.set(paragraph, split);
  }
  return split;
}

export function selectQuote(
  paragraph: string,
  termWeights: ReadonlyMap<string, number>,
  options: QuoteOptions = DEFAULT_QUOTE,
): SelectedQuote {
  const { spans, sentenceTerms } = splitParagraph(paragraph);
  const whole = { start: 0, end: paragraph.length };
  if (spans.length <= 1) return sliceQuote(paragraph, spans[0] ?? whole, sentenceTerms, 0, sentenceTerms.length);
  const weightOf = (terms: ReadonlySet<string>): number => {
    let sum = 0;
    for (const term of terms) sum += termWeights.get(term) ?? 0;
    return sum;
  };
  const total = weightOf(new Set(sentenceTerms.flatMap((terms) => [...terms])));
  if (total === 0) return sliceQuote(paragraph, spans[0] ?? whole, sentenceTerms, 0, 1);

  let best: { span: SentenceSpan; first: number; sentences: number; weight: number } | null = null;
  for (let size = 1; size <= Math.min(options.maxSentences, spans.length); size += 1) {
    for (let first = 0; first + size <= spans.length; first += 1) {
      const terms = new Set(sentenceTerms.slice(first, first + size).flatMap((t) => [...t]));
      const weight = weightOf(terms);
      const span = { start: spans[first]?.start ?? 0, end: spans[first + size - 1]?.end ?? 0 };
      const isBetter =
        best === null ||
        weight > best.weight + 1e-9 ||
        (Math.abs(weight - best.weight) <= 1e-9 && span.end - span.start < best.span.end - best.span.start);
      if (isBetter) best = { span, first, sentences: size, weight };
    }
    if (best !== null && best.weight >= options.coverage * total - 1e-9) break;
  }
  if (best === null) return sliceQuote(paragraph, whole, sentenceTerms, 0, sentenceTerms.length);
  return sliceQuote(paragraph, best.span, sentenceTerms, best.first, best.first + best.sentences);
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
