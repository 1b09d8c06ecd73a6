// The quote window is searched over short per-sentence lists of question terms instead of a set of every
// term per window (a speed-up). This checks it picks exactly the quote the plain definition picks: the
// reference below is the earlier implementation, written out the slow, obvious way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE, selectQuote } from '../../../src/core/answer/select-quote.js';
import { analyzeTerms } from '../../../src/core/text/analyze.js';
import { splitSentences } from '../../../src/core/text/sentences.js';

/** The quote's [start, end) by the plain definition (no length cap: the paragraphs here are short). */
function referenceQuote(paragraph: string, termWeights: ReadonlyMap<string, number>): [number, number] {
  const spans = splitSentences(paragraph);
  const sentenceTerms = spans.map((span) => new Set(analyzeTerms(paragraph.slice(span.start, span.end))));
  if (spans.length <= 1) return spans[0] ? [spans[0].start, spans[0].end] : [0, paragraph.length];
  const weightOf = (terms: ReadonlySet<string>): number => {
    let sum = 0;
    for (const term of terms) sum += termWeights.get(term) ?? 0;
    return sum;
  };
  const total = weightOf(new Set(sentenceTerms.flatMap((terms) => [...terms])));
  const firstSpan = spans[0] as { start: number; end: number };
  if (total === 0) return [firstSpan.start, firstSpan.end];
  let best: { start: number; end: number; weight: number } | null = null;
  for (let size = 1; size <= Math.min(DEFAULT_QUOTE.maxSentences, spans.length); size += 1) {
    for (let first = 0; first + size <= spans.length; first += 1) {
      const weight = weightOf(new Set(sentenceTerms.slice(first, first + size).flatMap((t) => [...t])));
      const start = spans[first]?.start ?? 0;
      const end = spans[first + size - 1]?.end ?? 0;
      const isBetter =
        best === null ||
        weight > best.weight + 1e-9 ||
        (Math.abs(weight - best.weight) <= 1e-9 && end - start < best.end - best.start);
      if (isBetter) best = { start, end, weight };
    }
    if (best !== null && best.weight >= DEFAULT_QUOTE.coverage * total - 1e-9) break;
  }
  return best ? [best.start, best.end] : [0, paragraph.length];
}

const WORDS = ['Page', 'Moscow', 'sanctions', 'envoy', 'met', 'officials', 'the', 'and', 'Flynn', 'said', 'oil'];
const TERMS = analyzeTerms(WORDS.join(' '));

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 9 }).map((sentences) => sentences.join(' '));
const weights = fc
  .array(fc.tuple(fc.constantFrom(...TERMS), fc.double({ min: 0.001, max: 1, noNaN: true })), { maxLength: 8 })
  .map((pairs) => new Map(pairs));

describe('selectQuote', () => {
  it('picks the same quote as the plain window definition', () => {
    fc.assert(
      fc.property(paragraph, weights, (text, termWeights) => {
        const quote = selectQuote(text, termWeights);
        expect([quote.start, quote.end]).toEqual(referenceQuote(text, termWeights));
      }),
      { numRuns: 500 },
    );
  });

  it('takes the sentences that hold the question terms, not the first one', () => {
    const text = 'Oil was up. The envoy met Flynn in Moscow. Sanctions said nothing.';
    const quote = selectQuote(text, new Map([...analyzeTerms('envoy Flynn')].map((t) => [t, 0.5])));
    expect(quote.text).toBe('The envoy met Flynn in Moscow.');
    expect([...quote.terms]).toContain(analyzeTerms('envoy')[0]);
  });
});

describe('selectQuote for a question about what someone said', () => {
  const paragraph =
    'The minister declined to comment on the report. "It is an internal matter," he said. The talks resume in May.';
  const weights = new Map([
    ['minist', 0.5],
    ['report', 0.5],
  ]);

  it('takes in the quotation that follows the sentence naming the speaker', () => {
    const plain = selectQuote(paragraph, weights);
    expect(plain.text).toBe('The minister declined to comment on the report.');
    const said = selectQuote(paragraph, weights, { ...DEFAULT_QUOTE, withQuotation: true });
    expect(said.text).toBe('The minister declined to comment on the report. "It is an internal matter," he said.');
  });

  it('adds nothing when the next sentence quotes no one, or past maxSentences', () => {
    const unquoted = 'The minister declined to comment on the report. The talks resume in May.';
    expect(selectQuote(unquoted, weights, { ...DEFAULT_QUOTE, withQuotation: true }).text).toBe(
      'The minister declined to comment on the report.',
    );
    const capped = selectQuote(paragraph, weights, { ...DEFAULT_QUOTE, maxSentences: 1, withQuotation: true });
    expect(capped.text).toBe('The minister declined to comment on the report.');
  });
});
