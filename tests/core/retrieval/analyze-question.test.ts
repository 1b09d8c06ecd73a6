// Question analysis is bounded (issue 14) and says what it searched.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion, MAX_QUESTION_CHARS } from '../../../src/core/retrieval/analyze-question.js';
import { indexCorpus } from '../../../src/corpus/index-corpus.js';
import { makeDocument } from '../../support/make-document.js';
import { realIndex } from '../../support/real-corpus.js';

describe('analyzeQuestion', () => {
  it('corrects misspelled names and reports each correction', () => {
    const analyzed = analyzeQuestion(realIndex, 'what did manaford tell flyn?');
    expect(analyzed.corrections).toEqual([
      { from: 'manaford', to: 'manafort' },
      { from: 'flyn', to: 'flynn' },
    ]);
  });

  it('bridges a word the corpus lacks to WordNet neighbours it has, at less weight, and reports them', () => {
    const analyzed = analyzeQuestion(realIndex, 'who is the russian envoy?');
    expect(analyzed.expansions.length).toBeGreaterThan(0);
    expect(analyzed.expansions.every((e) => e.from === 'envoy')).toBe(true);
    // The unknown word keeps half its weight (unmatched); its neighbours share the other half, so each
    // weighs less than the word would have, and the question's weights still sum to one.
    const envoy = analyzed.terms.find((t) => t.termId === -1);
    const bridged = analyzed.terms.filter((t) => t.termId >= 0 && !t.term.startsWith('russia'));
    expect(envoy?.termId).toBe(-1);
    const shared = bridged.reduce((sum, t) => sum + t.weight, 0);
    expect(shared).toBeCloseTo(envoy?.weight ?? 0, 9);
    for (const t of bridged) expect(t.weight).toBeLessThan(2 * (envoy?.weight ?? 0));
    expect(analyzed.terms.reduce((sum, t) => sum + t.weight, 0)).toBeCloseTo(1, 9);
  });

  it('bridges with the product lexicons (WordNet and vectors), never the words of an outlet name ("occupy" is not "busy")', () => {
    const analyzed = analyzeQuestion(realIndex, "what did putin's envoy say about the probe?");
    expect(analyzed.expansions).toContainEqual({ from: 'probe', to: 'investigation' });
    expect(analyzed.vector).toBeDefined();
    const named = analyzeQuestion(realIndex, 'what does occupy democrats say about sanctions?');
    expect(named.expansions.filter((e) => e.from === 'occupy')).toEqual([]);
  });

  it('drops phrasing the corpus lacks ("guy", "basically"), never a subject word or a name it lacks', () => {
    const casual = analyzeQuestion(realIndex, 'so what did the guy basically say about the sanctions?');
    const plain = analyzeQuestion(realIndex, 'what did he say about the sanctions?');
    expect(casual.terms.map((t) => t.term)).toEqual(plain.terms.map((t) => t.term));
    expect(casual.unknownWords).toEqual([]);
    // "subway" has a vector far from the stopwords; "zqxv" none at all: both stay, unknown.
    const other = analyzeQuestion(realIndex, 'is the zqxv subway running?');
    expect(other.unknownWords).toEqual(expect.arrayContaining(['zqxv', 'subway']));
  });

  it('reads chat shorthand the corpus does not use as its words, and says so', () => {
    const chat = analyzeQuestion(realIndex, 'wat did manafort say abt the govts sanctions b4 the election');
    const plain = analyzeQuestion(
      realIndex,
      'what did manafort say about the governments sanctions before the election',
    );
    expect(chat.terms).toEqual(plain.terms);
    // Only what is searched is reported: "abt", "wat" and "b4" stand for stopwords.
    expect(chat.corrections).toEqual([{ from: 'govts', to: 'governments' }]);
  });

  it('searches nothing for chat asides and reads a held-down letter as its word', () => {
    const plain = analyzeQuestion(realIndex, 'who is carter page?');
    expect(analyzeQuestion(realIndex, 'lol whooo tf is carterrr page tbh').terms).toEqual(plain.terms);
    expect(analyzeQuestion(realIndex, 'whooo is carter page?').corrections).toEqual([]);
  });

  it('drops stopwords typed without an apostrophe or with two letters swapped, never a real word', () => {
    const plain = analyzeQuestion(realIndex, 'what did the kremlin say about sanctions?');
    expect(analyzeQuestion(realIndex, 'whats teh kremlin say abotu sanctions?').terms).toEqual(plain.terms);
    expect(analyzeQuestion(realIndex, 'waht did the kremlin say about sanctions?').terms).toEqual(plain.terms);
    // "form" is "from" with two letters swapped, but it is English: it stays a word of the question.
    expect(analyzeQuestion(realIndex, 'what form did the talks take').unknownWords).toContain('form');
  });

  it('leaves a shorthand alone when the corpus itself uses the word', () => {
    const index = indexCorpus([makeDocument('chips', 'Intel shipped new chips to the government in March.')]);
    const analyzed = analyzeQuestion(index, 'when did intel ship chips to the govt?');
    expect(analyzed.corrections).toEqual([{ from: 'govt', to: 'government' }]);
    expect(analyzed.terms.map((t) => t.term)).toContain('intel');
  });

  it('looks at only the first MAX_QUESTION_CHARS characters, so a huge message costs a bounded amount', () => {
    const filler = 'zqxv '.repeat(200_000);
    const start = performance.now();
    const analyzed = analyzeQuestion(realIndex, `${'Manafort '.repeat(5)}${filler}`);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(analyzed.unknownWords.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS / 5);
    expect(analyzed.terms.some((t) => t.term === 'manafort')).toBe(true);
  });
});
