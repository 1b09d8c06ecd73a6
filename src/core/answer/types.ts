import type { Expansion } from '../retrieval/analyze-question.js';
import type { Correction } from '../retrieval/spelling.js';

export interface QuoteResult {
  /** One or more whole sentences, verbatim from `paragraph`. */
  readonly quote: string;
  /** Where the quote sits inside the paragraph. */
  readonly quoteStart: number;
  readonly paragraph: string;
  readonly documentId: string;
  readonly paragraphId: string;
  readonly outlet: string;
  readonly title: string;
  readonly author: string | null;
  readonly score: number;
  /** Index terms of the question found in the quote: what a renderer may highlight. */
  readonly matchedTerms: readonly string[];
}

/**
 * Why nothing answered: `below-threshold` is the no-answer model's call, `no-quantity` its quantity rule
 * (the question asks how many or how much money and the best passage states no number).
 */
export type NoMatchReason =
  | 'empty-question'
  | 'no-searchable-words'
  | 'below-threshold'
  | 'no-quantity'
  | 'unknown-outlet';

export type Answer =
  | {
      readonly kind: 'quotes';
      readonly question: string;
      readonly results: readonly QuoteResult[];
      readonly corrections: readonly Correction[];
      /** WordNet matches for question words the corpus lacks; absent means none. */
      readonly expansions?: readonly Expansion[];
    }
  | {
      readonly kind: 'no-match';
      readonly question: string;
      readonly reason: NoMatchReason;
      readonly corrections: readonly Correction[];
      readonly expansions: readonly Expansion[];
      /** Corpus words close to the question's unknown words: "did you mean". */
      readonly suggestions: readonly string[];
      /** The closest passages below the answer decision: shown only as "not an answer". */
      readonly related: readonly QuoteResult[];
    };
