import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCranfield, parseQrels } from '../../../../lab/eval/cranfield/load-cranfield.js';

const dir = mkdtempSync(join(tmpdir(), 'cranfield-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCranfield', () => {
  it('turns abstracts into corpus documents titled by .T, skipping empty ones, and reads graded qrels', () => {
    const docs = [
      { id: '1', title: 'wing flutter .', author: 'a,b.', text: 'wing flutter . the wing fluttered at mach 2 .' },
      { id: '2', title: '', author: '', text: '' },
    ];
    writeFileSync(join(dir, 'docs.jsonl'), `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
    writeFileSync(join(dir, 'queries.jsonl'), '{"id": "1", "text": "what about wing flutter ."}\n');
    writeFileSync(join(dir, 'qrels.tsv'), 'query_id\tdoc_id\tgrade\n1\t1\t2\n1\t2\t-1\n');
    const collection = loadCranfield(dir);
    expect(collection.skippedDocuments).toEqual(['2']);
    expect(collection.documents).toHaveLength(1);
    expect(collection.documents[0]).toMatchObject({ id: '1', title: 'wing flutter .', outlet: 'Cranfield' });
    expect(collection.documents[0]?.paragraphs).toHaveLength(1);
    expect(collection.questions[0]?.judgments).toEqual(
      new Map([
        ['1', 3],
        ['2', 0],
      ]),
    );
  });

  it('parses the raw qrels lines with trailing spaces', () => {
    expect(parseQrels('query_id doc_id grade\n3 17 1 \n').get('3')?.get('17')).toBe(4);
  });
});
