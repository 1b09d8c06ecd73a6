// Guards the speed work: the index is a data layout, so an optimisation of it must not move a single
// score. The snapshot holds a hash of every array and map of the index, and the top 10 (ids and exact
// scores) for known-item questions, on the real corpus and on a synthetic one. It was written by the
// straightforward Map-per-paragraph build that came before. When the RANKING FORMULA changes on purpose,
// regenerate it: UPDATE_INDEX_SNAPSHOT=1 npx vitest run tests/core/retrieval/index-equivalence.test.ts
// Regenerated when the formula became BM25 as a share of the question weight (docs/design.md section 4),
// and when "according" became a stopword (session 4).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeKnownItemQuestions } from '../../../lab/bench/questions.js';
import { generateCorpus, renderCorpusFile } from '../../../lab/bench/synthetic-corpus.js';
import type { CorpusDocument } from '../../../src/core/document/types.js';
import { buildIndex, type SearchIndex } from '../../../src/core/retrieval/build-index.js';
import { analyzeQuestion, rankParagraphs } from '../../../src/core/retrieval/rank.js';
import { parseCorpusFile } from '../../../src/corpus/load-corpus.js';
import { realDocuments } from '../../support/real-corpus.js';

const SNAPSHOT = fileURLToPath(new URL('../../fixtures/index-snapshot.json', import.meta.url));

function hashIndex(index: SearchIndex): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([...index.termIds]));
  hash.update(JSON.stringify([...index.wordFrequency]));
  hash.update(JSON.stringify(index.paragraphs.map((p) => p.paragraph.id)));
  for (const array of [index.documentFrequency, index.postingStart, index.postingParagraph, index.postingWeight])
    hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return hash.digest('hex');
}

function rankAll(index: SearchIndex, questions: readonly string[]): string[] {
  return questions.map((question) => {
    const { terms } = analyzeQuestion(index, question);
    return rankParagraphs(index, terms, { limit: 10 })
      .map((r) => `${index.paragraphs[r.paragraphIndex]?.paragraph.id}=${r.score}`)
      .join(' ');
  });
}

function syntheticDocuments(): CorpusDocument[] {
  return generateCorpus({ paragraphs: 2000, seed: 11 }).map((d) => {
    const parsed = parseCorpusFile(d.id, new TextEncoder().encode(renderCorpusFile(d)));
    if (parsed.kind !== 'ok') throw new Error(`${d.id}: ${parsed.field}: ${parsed.message}`);
    return parsed.document;
  });
}

function describeCorpus(documents: readonly CorpusDocument[]) {
  const index = buildIndex(documents);
  const sources = documents.flatMap((d) => d.paragraphs.filter((p) => !p.excluded));
  // Known items plus a misspelt and an off-corpus question, so spelling correction is covered too.
  const questions = [
    ...makeKnownItemQuestions(sources, { count: 150, seed: 3 }).map((q) => q.question),
    'Who is Carter Paige and what about Manafrot?',
    'quantum chromodynamics lattice',
  ];
  return { hash: hashIndex(index), rankings: rankAll(index, questions) };
}

describe('the index layout changes no score', () => {
  const actual = { real: describeCorpus(realDocuments), synthetic: describeCorpus(syntheticDocuments()) };
  if (process.env.UPDATE_INDEX_SNAPSHOT === '1' || !existsSync(SNAPSHOT))
    writeFileSync(SNAPSHOT, `${JSON.stringify(actual, null, 1)}\n`);
  const expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as typeof actual;

  it('builds the same index, array for array, on the real corpus', () => {
    expect(actual.real.hash).toBe(expected.real.hash);
  });
  it('ranks the same paragraphs with the same scores on the real corpus', () => {
    expect(actual.real.rankings).toEqual(expected.real.rankings);
  });
  it('builds the same index on a 2,000-paragraph synthetic corpus', () => {
    expect(actual.synthetic.hash).toBe(expected.synthetic.hash);
  });
  it('ranks the same paragraphs with the same scores on the synthetic corpus', () => {
    expect(actual.synthetic.rankings).toEqual(expected.synthetic.rankings);
  });
});
