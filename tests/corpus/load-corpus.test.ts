import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseCorpusFile } from '../../src/corpus/load-corpus.js';
import { CORPUS_DIR, realDocuments, SEEDS_DIR } from '../support/real-corpus.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const GOOD = '---\noutlet: Example News\ntitle: A title\nauthor: null\n---\nFirst paragraph.\n\nSecond paragraph.\n';

function problemOf(text: string | Uint8Array, id = 'doc'): string {
  const result = parseCorpusFile(id, typeof text === 'string' ? encode(text) : text);
  return result.kind === 'invalid' ? `${result.field}: ${result.message}` : 'ok';
}

function corpusDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('parseCorpusFile', () => {
  it('loads a file with only the three required-or-null fields and a body', () => {
    expect(problemOf(GOOD)).toBe('ok');
  });

  it.each([
    ['a missing outlet', GOOD.replace('outlet: Example News\n', ''), 'outlet: required'],
    ['an empty title', GOOD.replace('title: A title', 'title: "  "'), 'title: must not be empty'],
    ['an unknown field', GOOD.replace('author: null', 'autor: null'), 'autor: unknown field'],
    ['bad YAML', GOOD.replace('title: A title', 'title: [unclosed'), 'front matter: invalid YAML'],
    ['a duplicated key', GOOD.replace('author: null', 'outlet: Again'), 'front matter: invalid YAML'],
    ['no front matter', 'Just text.\n', 'front matter: missing'],
    ['an unclosed front matter', '---\noutlet: X\ntitle: Y\n', 'front matter: not closed'],
    ['an empty body', '---\noutlet: X\ntitle: Y\n---\n\n  \n', 'body: empty'],
    [
      'an invented-looking date',
      GOOD.replace('author: null', 'published: yesterday'),
      'published: must be an ISO date',
    ],
    [
      'an exclude entry that matches nothing',
      GOOD.replace('author: null', 'exclude: ["Sponsored"]'),
      'exclude[0]: matches no paragraph',
    ],
    [
      'an exclude list that removes everything',
      GOOD.replace('author: null', 'exclude: ["First", "Second"]'),
      'exclude: excludes every paragraph',
    ],
  ])('rejects %s, naming the field', (_name, text, expected) => {
    expect(problemOf(text)).toContain(expected);
  });

  it('rejects bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...encode(GOOD), 0xff, 0xfe]);
    expect(problemOf(bytes)).toBe('encoding: not valid UTF-8');
  });

  it('never loads a file whose front matter lacks a required field, whatever else it holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('outlet', 'title'),
        fc.dictionary(fc.constantFrom('author', 'url', 'published', 'exclude', 'extra'), fc.string()),
        fc.string(),
        (dropped, extra, body) => {
          const fields = { outlet: 'O', title: 'T', ...extra } as Record<string, unknown>;
          delete fields[dropped];
          const yaml = Object.entries(fields)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join('\n');
          expect(parseCorpusFile('doc', encode(`---\n${yaml}\n---\n${body}`)).kind).toBe('invalid');
        },
      ),
    );
  });
});

describe('loadCorpus', () => {
  it('names the file and field in the error, and loads nothing when one file is bad', () => {
    const dir = corpusDir({ 'a.md': GOOD, 'b.md': GOOD.replace('outlet: Example News\n', '') });
    expect(() => loadCorpus(dir, { displayBase: dir })).toThrowError(
      new CorpusError([{ file: 'b.md', field: 'outlet', message: 'required' }]),
    );
  });

  it('reports every bad file, one line each', () => {
    const dir = corpusDir({ 'a.md': 'nothing', 'b.md': GOOD.replace('title: A title\n', '') });
    expect(() => loadCorpus(dir, { displayBase: dir })).toThrow(
      'a.md: front matter: missing: the file must start with a line "---"\nb.md: title: required',
    );
  });

  it('refuses ids that differ only in case', () => {
    const dir = corpusDir({ 'Doc.md': GOOD, 'doc.md': GOOD });
    expect(() => loadCorpus(dir, { displayBase: dir })).toThrow('doc.md: id: duplicate of Doc.md');
  });

  it('refuses an empty or missing directory', () => {
    const empty = mkdtempSync(join(tmpdir(), 'corpus-'));
    expect(() => loadCorpus(empty)).toThrow('directory: holds no .md documents');
    expect(() => loadCorpus(join(empty, 'absent'))).toThrow('directory: cannot read (ENOENT)');
  });

  it('ignores files that are not .md, and sub-directories', () => {
    const dir = corpusDir({ 'a.md': GOOD, 'notes.txt': 'not a document' });
    mkdirSync(join(dir, 'drafts'));
    expect(loadCorpus(dir).map((d) => d.id)).toEqual(['a']);
  });
});

describe('the bundled corpus', () => {
  const seeds = readdirSync(SEEDS_DIR).map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));

  it('holds each seed article verbatim as a document body', () => {
    expect(realDocuments).toHaveLength(2);
    for (const document of realDocuments) expect(seeds).toContain(document.body);
  });

  it('attributes each document only as its text does', () => {
    const meta = realDocuments.map(({ id, outlet, author, url, published }) => ({
      id,
      outlet,
      author,
      url,
      published,
    }));
    expect(meta).toEqual([
      {
        id: 'moscow-times-trump-team-russia-contacts',
        outlet: 'The Moscow Times',
        author: null,
        url: null,
        published: null,
      },
      {
        id: 'occupy-democrats-trump-kremlin',
        outlet: 'Occupy Democrats',
        author: 'James DeVinne',
        url: null,
        published: null,
      },
    ]);
  });

  it('marks the page furniture as excluded', () => {
    const kept = realDocuments.flatMap((d) => d.paragraphs.filter((p) => !p.excluded).map((p) => p.text));
    const furniture = [
      'Sponsored Links',
      'Scroll To Top',
      'Read more',
      'Please consider supporting',
      'James DeVinne is a student',
      'Click here to leave a comment',
      'small favor to ask',
      'Advertisement',
      '© 2022',
      'Support The Moscow Times',
    ];
    for (const marker of furniture) expect(kept.filter((text) => text.includes(marker))).toEqual([]);
    expect(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.md'))).toHaveLength(2);
  });
});
