// The token pass of the index build is a fast path (word tables, typed arrays). Its definition is
// simple: terms numbered in order of first occurrence, each document's title terms before its
// paragraphs' words; per paragraph its distinct terms with counts in order of first occurrence, the
// title adding a share of an occurrence of each title term; words counted over paragraphs only. The
// reference below writes that definition with analyzeText, and the two must agree exactly.
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../../src/core/document/types.js';
import { collectParagraphTerms } from '../../../src/core/retrieval/paragraph-terms.js';
import { analyzeText } from '../../../src/core/text/analyze.js';
import { makeDocument } from '../../support/make-document.js';
import { realDocuments } from '../../support/real-corpus.js';

function referenceTerms(documents: readonly CorpusDocument[], titleWeight: number) {
  const termIds = new Map<string, number>();
  const idOf = (term: string): number => {
    if (!termIds.has(term)) termIds.set(term, termIds.size);
    return termIds.get(term) as number;
  };
  const entries: Array<Array<[number, number]>> = [];
  const lengths: number[] = [];
  const tokens: number[][] = [];
  const words = new Map<string, number>();
  for (const document of documents) {
    const indexed = document.paragraphs.filter((p) => !p.excluded);
    const share = indexed.length > 0 ? titleWeight / indexed.length : 0;
    const title = share > 0 ? analyzeText(document.title).map((t) => idOf(t.term)) : [];
    for (const paragraph of indexed) {
      const counts = new Map<number, number>();
      const own: number[] = [];
      for (const token of analyzeText(paragraph.text)) {
        const id = idOf(token.term);
        own.push(id);
        counts.set(id, (counts.get(id) ?? 0) + 1);
        words.set(token.word, (words.get(token.word) ?? 0) + 1);
      }
      // The title's share is added in float32, as the index stores counts.
      for (const id of title) counts.set(id, Math.fround((counts.get(id) ?? 0) + share));
      entries.push([...counts]);
      lengths.push(own.length + title.length * share);
      tokens.push(own);
    }
  }
  return { termIds, entries, lengths, tokens, words };
}

function actualTerms(documents: readonly CorpusDocument[], titleWeight: number) {
  const got = collectParagraphTerms(documents, titleWeight);
  const entries: Array<Array<[number, number]>> = [];
  const tokens: number[][] = [];
  for (let p = 0, begin = 0; p < got.paragraphEnd.length; p += 1) {
    const end = got.paragraphEnd[p] as number;
    entries.push(
      Array.from({ length: end - begin }, (_, i) => [
        got.flatTerms[begin + i] as number,
        got.flatCounts[begin + i] as number,
      ]),
    );
    tokens.push([...got.tokenTerms.subarray(got.tokenStart[p], got.tokenStart[p + 1])]);
    begin = end;
  }
  return { got, entries, tokens };
}

describe('collectParagraphTerms', () => {
  it('numbers terms, counts them per paragraph and lists the words as the plain definition does', () => {
    const documents = [
      makeDocument('a', 'The cats ran. The cat runs!\n\nDogs bark at cats.', 'Cats and dogs'),
      makeDocument('b', 'Nothing about pets here.', 'Running dogs'),
    ];
    const reference = referenceTerms(documents, 2);
    const { got, entries, tokens } = actualTerms(documents, 2);
    expect([...got.termIds]).toEqual([...reference.termIds]);
    expect(entries).toEqual(reference.entries);
    expect(tokens).toEqual(reference.tokens);
    expect(got.paragraphLengths).toEqual(reference.lengths);
    expect([...got.wordFrequency]).toEqual([...reference.words]);
    // The title's words count for the terms, never for the words: "running" is only in a title.
    expect(got.termIds.has('run')).toBe(true);
    expect(got.wordFrequency.has('running')).toBe(false);
    expect(got.wordTermIds).toEqual(
      [...got.wordFrequency.keys()].map((w) => reference.termIds.get(analyzeText(w)[0]?.term ?? '')),
    );
  });

  it('agrees with the definition on the bundled corpus, furniture left out', () => {
    expect(realDocuments.some((d) => d.paragraphs.some((p) => p.excluded))).toBe(true);
    const reference = referenceTerms(realDocuments, 2);
    const { got, entries, tokens } = actualTerms(realDocuments, 2);
    expect(got.paragraphs.length).toBe(reference.entries.length);
    expect(got.paragraphs.every((p) => !p.paragraph.excluded)).toBe(true);
    expect([...got.termIds]).toEqual([...reference.termIds]);
    expect(entries).toEqual(reference.entries);
    expect(tokens).toEqual(reference.tokens);
    expect([...got.wordFrequency]).toEqual([...reference.words]);
  });
});
