import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKnownItemQuestions } from '../../../lab/bench/questions.js';
import { summarizeLatencies } from '../../../lab/bench/stats.js';
import { generateCorpus, writeCorpus } from '../../../lab/bench/synthetic-corpus.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';

describe('generateCorpus', () => {
  const documents = generateCorpus({ paragraphs: 120, seed: 5 });

  it('is the same for the same seed and differs for another', () => {
    expect(generateCorpus({ paragraphs: 120, seed: 5 })).toEqual(documents);
    expect(generateCorpus({ paragraphs: 120, seed: 6 })).not.toEqual(documents);
  });

  it('has the shape the issue asks for: 25 paragraphs a document, 2-5 sentences of 8-22 words', () => {
    expect(documents.map((d) => d.paragraphs.length)).toEqual([25, 25, 25, 25, 20]);
    for (const paragraph of documents.flatMap((d) => d.paragraphs)) {
      const sentences = paragraph.split(/(?<=\.) /);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(5);
      for (const sentence of sentences) {
        const words = sentence.split(' ').length;
        expect(words).toBeGreaterThanOrEqual(8);
        expect(words).toBeLessThanOrEqual(22);
      }
    }
  });

  it('writes files that loadCorpus reads back paragraph for paragraph', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    try {
      writeCorpus(dir, documents);
      const loaded = loadCorpus(dir);
      expect(loaded.map((d) => d.id)).toEqual(documents.map((d) => d.id));
      expect(loaded.map((d) => d.paragraphs.map((p) => p.text))).toEqual(documents.map((d) => d.paragraphs));
      expect(loaded[3]?.author).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws known-item questions whose words all come from their paragraph', () => {
    const paragraphs = documents.flatMap((d) => d.paragraphs.map((text, i) => ({ id: `${d.id}#${i + 1}`, text })));
    const questions = makeKnownItemQuestions(paragraphs, { count: 50 });
    expect(questions).toHaveLength(50);
    for (const q of questions) {
      const source = paragraphs.find((p) => p.id === q.paragraphId)?.text.toLowerCase() ?? '';
      for (const word of q.question.split(' ')) expect(source).toContain(word);
    }
  });
});

describe('summarizeLatencies', () => {
  it('reports nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarizeLatencies(samples)).toMatchObject({ count: 100, p50Ms: 50, p95Ms: 95, p99Ms: 99, maxMs: 100 });
  });
});
