// A paragraph's sentences (character spans) and the index terms of each: what quote selection weighs and
// what reranking by concentration reads. Splitting and analysing is most of what either costs, and the
// same paragraphs answer many questions, so the last few thousand are kept, dropped all at once when full.
import { analyzeTerms } from './analyze.js';
import { type SentenceSpan, splitSentences } from './sentences.js';

export interface SentenceTerms {
  readonly spans: readonly SentenceSpan[];
  /** The index terms of each sentence, in the order of `spans`. */
  readonly sentenceTerms: ReadonlyArray<ReadonlySet<string>>;
}

const CACHE_SIZE = 4096;
const cache = new Map<string, SentenceTerms>();

export function sentenceTermsOf(paragraph: string): SentenceTerms {
  let split = cache.get(paragraph);
  if (split === undefined) {
    const spans = splitSentences(paragraph);
    const sentenceTerms = spans.map((span) => new Set(analyzeTerms(paragraph.slice(span.start, span.end))));
    split = { spans, sentenceTerms };
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(paragraph, split);
  }
  return split;
}
