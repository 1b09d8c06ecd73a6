// Reads the Cranfield collection (../shared/bench/cranfield: docs.jsonl, queries.jsonl, qrels.tsv) and
// turns each abstract into a corpus document through the same buildDocument the corpus loader uses, so
// the index and ranking measured are the bot's own. The .T field becomes the document title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildDocument } from '../../../src/core/document/build-document.js';
import type { CorpusDocument } from '../../../src/core/document/types.js';
import { gainOfGrade, type Judgments } from './ir-metrics.js';

export const CRANFIELD_OUTLET = 'Cranfield';

const docSchema = z.object({ id: z.string(), title: z.string(), author: z.string(), text: z.string() });
const querySchema = z.object({ id: z.string(), text: z.string() });

export interface CranfieldQuestion {
  /** Position in cran.qry, 1..225: the numbering qrels.tsv uses. */
  readonly id: string;
  readonly text: string;
  readonly judgments: Judgments;
}

export interface CranfieldCollection {
  readonly documents: CorpusDocument[];
  readonly questions: CranfieldQuestion[];
  /** Documents with no text (471 and 995): the corpus format rejects an empty body, so they are left out. */
  readonly skippedDocuments: string[];
}

function readJsonLines<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

/** qrels.tsv: header, then `query_id doc_id grade` per line. Grades become gains (gainOfGrade). */
export function parseQrels(text: string): Map<string, Map<string, number>> {
  const byQuestion = new Map<string, Map<string, number>>();
  for (const line of text.split('\n').slice(1)) {
    const [questionId, docId, grade] = line.trim().split(/\s+/);
    if (questionId === undefined || docId === undefined || grade === undefined) continue;
    let judgments = byQuestion.get(questionId);
    if (!judgments) {
      judgments = new Map();
      byQuestion.set(questionId, judgments);
    }
    judgments.set(docId, gainOfGrade(Number(grade)));
  }
  return byQuestion;
}

export function loadCranfield(directory: string): CranfieldCollection {
  const documents: CorpusDocument[] = [];
  const skippedDocuments: string[] = [];
  for (const doc of readJsonLines(join(directory, 'docs.jsonl'), docSchema)) {
    if (doc.text.trim() === '') {
      skippedDocuments.push(doc.id);
      continue;
    }
    const metadata = {
      outlet: CRANFIELD_OUTLET,
      // The corpus format needs a title; none of the non-empty abstracts lacks one, but stay safe.
      title: doc.title.trim() || doc.id,
      author: doc.author.trim() || null,
      url: null,
      published: null,
      exclude: [],
    };
    const built = buildDocument(doc.id, metadata, doc.text);
    if (built.kind === 'invalid') throw new Error(`cranfield doc ${doc.id}: ${built.field}: ${built.message}`);
    documents.push(built.document);
  }
  const qrels = parseQrels(readFileSync(join(directory, 'qrels.tsv'), 'utf8'));
  const questions = readJsonLines(join(directory, 'queries.jsonl'), querySchema).map((q) => ({
    id: q.id,
    text: q.text,
    judgments: qrels.get(q.id) ?? new Map<string, number>(),
  }));
  return { documents, questions, skippedDocuments };
}
