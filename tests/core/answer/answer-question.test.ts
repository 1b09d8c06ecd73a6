import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, narrowOutlets } from '../../../src/core/answer/answer-question.js';
import { realDocuments, realIndex } from '../../support/real-corpus.js';

const corpusWords = [...realIndex.wordFrequency.keys()];
const questionArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...corpusWords), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 80 }),
);

describe('answerQuestion', () => {
  it('quotes whole sentences that are inside their paragraph, inside their document', () => {
    fc.assert(
      fc.property(questionArbitrary, fc.integer({ min: 1, max: 5 }), (question, top) => {
        const answer = answerQuestion(realIndex, question, { top });
        if (answer.kind === 'no-match') return;
        for (const result of answer.results) {
          expect(result.paragraph.slice(result.quoteStart, result.quoteStart + result.quote.length)).toBe(result.quote);
          const document = realDocuments.find((d) => d.id === result.documentId);
          expect(document?.body.includes(result.paragraph)).toBe(true);
          expect(document?.outlet).toBe(result.outlet);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns at most `top` results, sorted by score, one per paragraph, none of them furniture', () => {
    const excluded = new Set(realDocuments.flatMap((d) => d.paragraphs.filter((p) => p.excluded).map((p) => p.id)));
    fc.assert(
      fc.property(questionArbitrary, fc.integer({ min: 1, max: 5 }), (question, top) => {
        const answer = answerQuestion(realIndex, question, { top });
        if (answer.kind === 'no-match') return;
        const scores = answer.results.map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(answer.results.length).toBeLessThanOrEqual(top);
        expect(new Set(answer.results.map((r) => r.paragraphId)).size).toBe(answer.results.length);
        expect(answer.results.some((r) => excluded.has(r.paragraphId))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('returns no-match for an off-topic question', () => {
    expect(answerQuestion(realIndex, 'What is the best way to bake sourdough bread?').kind).toBe('no-match');
  });

  it('returns no-match for a question made only of stopwords', () => {
    const answer = answerQuestion(realIndex, 'what is it that they would have been?');
    expect(answer).toMatchObject({ kind: 'no-match', reason: 'no-searchable-words' });
  });

  it('returns no-match for an empty question', () => {
    expect(answerQuestion(realIndex, '   ')).toMatchObject({ kind: 'no-match', reason: 'empty-question' });
  });

  it('does not quote Trump paragraphs for a question about something the corpus never mentions', () => {
    // "Trump" is in most paragraphs; "chocolate" in none. One common word must not carry an answer.
    expect(answerQuestion(realIndex, 'What did Trump say about chocolate?').kind).toBe('no-match');
  });

  it('offers corpus words when a no-match question looks misspelled', () => {
    const answer = answerQuestion(realIndex, 'Kislak');
    if (answer.kind === 'quotes') expect(answer.corrections).toContainEqual({ from: 'kislak', to: 'kislyak' });
    else expect(answer.suggestions).toContain('kislyak');
  });

  it('keeps only the requested outlet', () => {
    const answer = answerQuestion(realIndex, 'Trump Russia sanctions', { outlets: ['the moscow times'], top: 5 });
    expect(answer.kind).toBe('quotes');
    if (answer.kind === 'quotes')
      expect(new Set(answer.results.map((r) => r.outlet))).toEqual(new Set(['The Moscow Times']));
  });

  it('quotes one or two sentences, not the whole paragraph, when the match is in one place', () => {
    const answer = answerQuestion(realIndex, 'What did Sean Spicer say about the allegations?');
    expect(answer.kind === 'quotes' && answer.results[0]?.quote).toBe(
      'U.S. Presidential spokesperson Sean Spicer denied the allegations.',
    );
  });
});

describe('answerQuestion with a set of enabled outlets', () => {
  it('quotes only the enabled outlets, and refuses an outlet that is not enabled', () => {
    const question = 'Trump Russia sanctions';
    const only = answerQuestion(realIndex, question, { top: 5, outlets: ['The Moscow Times'] });
    expect(only.kind === 'quotes' && new Set(only.results.map((r) => r.outlet))).toEqual(new Set(['The Moscow Times']));
    const clash = answerQuestion(realIndex, question, {
      outlets: narrowOutlets('Occupy Democrats', ['The Moscow Times']),
    });
    expect(clash.kind).toBe('no-match');
  });

  it('searches a chat message without its Discord markup and links, and keeps the question as typed', () => {
    const message = '<@123456789012345678> <:pepe:112233445566> who is carter page?? https://t.co/abc123';
    const chat = answerQuestion(realIndex, message);
    const plain = answerQuestion(realIndex, 'who is carter page??');
    expect(chat.kind).toBe('quotes');
    expect(chat.kind === 'quotes' && chat.results).toEqual(plain.kind === 'quotes' && plain.results);
    expect(chat.question).toBe(message);
  });

  it('prefers, without filtering, an outlet the question names', () => {
    const named = answerQuestion(realIndex, 'What does Occupy Democrats say about the sanctions on Russia?', {
      top: 5,
    });
    expect(named.kind === 'quotes' && named.results[0]?.outlet).toBe('Occupy Democrats');
    const other = answerQuestion(realIndex, 'What does The Moscow Times say about the sanctions on Russia?', {
      top: 5,
    });
    expect(other.kind === 'quotes' && other.results[0]?.outlet).toBe('The Moscow Times');
    // Not a filter: the other outlet's paragraphs can still follow.
    expect(named.kind === 'quotes' && new Set(named.results.map((r) => r.outlet)).size).toBe(2);
  });
});
