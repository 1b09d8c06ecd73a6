// collectTerms is the index build's one pass over every token, written with typed arrays for speed.
// Checked here against the plain definition: a paragraph's forward index is analyzeText of its text
// mapped to term ids, its length counts those tokens plus its title share, and the spelling dictionary
// counts every non-stopword word.
import { describe, expect, it } from 'vitest';
import { generateCorpus, renderCorpusFile } from '../../../lab/bench/synthetic-corpus.js';
import type { CorpusDocument } from '../../../src/core/document/types.js';
import { collectTerms } from '../../../src/core/retrieval/collect-terms.js';
import { analyzeText, analyzeWord, tokenizeWords } from '../../../src/core/text/analyze.js';
import { parseCorpusFile } from '../../../src/corpus/load-corpus.js';
import { realDocuments } from '../../support/real-corpus.js';

function syntheticDocuments(paragraphs: number): CorpusDocument[] {
  return generateCorpus({ paragraphs }).map((d) => {
    const parsed = parseCorpusFile(d.id, new TextEncoder().encode(renderCorpusFile(d)));
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    return parsed.document;
  });
}

function checkAgainstDefinition(documents: readonly CorpusDocument[]): void {
  const collected = collectTerms(documents, 2);
  const indexed = documents.flatMap((d) => d.paragraphs.filter((p) => !p.excluded));
  expect(collected.paragraphs.map((p) => p.paragraph.id)).toEqual(indexed.map((p) => p.id));
  const frequency = new Map<string, number>();
  collected.paragraphs.forEach(({ paragraph, document }, p) => {
    const expected = analyzeText(paragraph.text).map((t) => collected.termIds.get(t.term));
    const start = collected.tokenStart[p] ?? 0;
    expect([...collected.tokenTerms.subarray(start, collected.tokenStart[p + 1])]).toEqual(expected);
    const share = 2 / document.paragraphs.filter((x) => !x.excluded).length;
    expect(collected.paragraphLengths[p]).toBe(expected.length + analyzeText(document.title).length * share);
    for (const word of tokenizeWords(paragraph.text))
      if (analyzeWord(word) !== null) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  });
  expect([...collected.wordFrequency].sort()).toEqual([...frequency].sort());
  expect(collected.paragraphEnd.at(-1)).toBe(collected.used);
}

describe('collectTerms', () => {
  it('matches the plain definition on the bundled corpus', () => {
    checkAgainstDefinition(realDocuments);
  });

  it('matches it on a synthetic corpus large enough to grow every array', () => {
    checkAgainstDefinition(syntheticDocuments(3000));
  });
});
