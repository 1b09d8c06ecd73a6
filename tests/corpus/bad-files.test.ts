// Issue 14 items 5 and 8: what a corpus folder can hold besides good files. Each bad entry is one line
// naming the file; nothing crashes with a stack trace, nothing hangs, and no good file is skipped silently.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CorpusError,
  loadCorpus,
  MAX_PARAGRAPH_CHARS,
  parseCorpusFile,
} from '../../src/corpus/load-corpus.js';

const GOOD = '---\noutlet: Example News\ntitle: A title\nauthor: null\n---\nFirst paragraph.\n\nSecond paragraph.\n';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function corpusDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-bad-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The one-line problems of loading `dir`, file names relative to it. */
function problemsOf(dir: string): string[] {
  try {
    loadCorpus(dir, { displayBase: dir, onSkip: () => {} });
  } catch (error) {
    if (error instanceof CorpusError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('entries that are not regular files', () => {
  it('names a symbolic link loop', () => {
    const dir = corpusDir({ 'good.md': GOOD });
    symlinkSync('loop.md', join(dir, 'loop.md'));
    expect(problemsOf(dir)).toEqual(['loop.md: file: cannot read: a symbolic link loop']);
  });

  it('names a dangling symbolic link', () => {
    const dir = corpusDir({ 'good.md': GOOD });
    symlinkSync('gone.md.txt', join(dir, 'dangling.md'));
    expect(problemsOf(dir)).toEqual(['dangling.md: file: cannot read: a symbolic link to nothing (dangling)']);
  });

  it('names a directory called x.md', () => {
    const dir = corpusDir({ 'good.md': GOOD });
    mkdirSync(join(dir, 'x.md'));
    expect(problemsOf(dir)).toEqual(['x.md: file: not a regular file (a directory)']);
  });

  it('names a FIFO called x.md instead of waiting for a writer forever', () => {
    const dir = corpusDir({ 'good.md': GOOD });
    execFileSync('mkfifo', [join(dir, 'x.md')]);
    expect(problemsOf(dir)).toEqual(['x.md: file: not a regular file (a named pipe (FIFO))']);
  }, 5000);

  it('follows a symbolic link to a good file', () => {
    const dir = corpusDir({ 'good.md': GOOD });
    symlinkSync('good.md', join(dir, 'alias.md'));
    expect(loadCorpus(dir).map((d) => d.id)).toEqual(['alias', 'good']);
  });
});

describe('file names', () => {
  it('loads .MD and .markdown files as documents', () => {
    const dir = corpusDir({ 'a.md': GOOD, 'b.MD': GOOD, 'c.markdown': GOOD, 'notes.txt': 'not a document' });
    expect(loadCorpus(dir).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('skips hidden files such as macOS ._x.md, and says so', () => {
    const dir = corpusDir({ 'x.md': GOOD, '._x.md': '\u0000\u0005binary resource fork' });
    const skipped: string[] = [];
    const documents = loadCorpus(dir, { displayBase: dir, onSkip: (file, reason) => skipped.push(`${file}: ${reason}`) });
    expect(documents.map((d) => d.id)).toEqual(['x']);
    expect(skipped).toEqual(['._x.md: hidden file']);
  });

  it('refuses x.md beside x.markdown: one id, two files', () => {
    const dir = corpusDir({ 'x.md': GOOD, 'x.markdown': GOOD });
    expect(problemsOf(dir)).toEqual(['x.md: id: duplicate of x.markdown (ids ignore case)']);
  });
});

describe('file contents', () => {
  it('reads a file with CR-only line ends, front matter and paragraphs alike', () => {
    const result = parseCorpusFile('doc', new TextEncoder().encode(GOOD.replaceAll('\n', '\r')));
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.document.outlet).toBe('Example News');
    expect(result.document.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('reads a CRLF file without splitting at single line breaks', () => {
    const text = GOOD.replace('First paragraph.', 'First line\nof a paragraph.').replaceAll('\n', '\r\n');
    const result = parseCorpusFile('doc', new TextEncoder().encode(text));
    expect(result.kind === 'ok' && result.document.paragraphs.length).toBe(2);
  });

  it('reports `Outlet:` as an unknown field and suggests `outlet`', () => {
    const result = parseCorpusFile('doc', new TextEncoder().encode(GOOD.replace('outlet:', 'Outlet:')));
    expect(result).toMatchObject({ kind: 'invalid', field: 'Outlet' });
    expect(result.kind === 'invalid' && result.message).toMatch(/^unknown field \(did you mean "outlet"/);
  });

  it('refuses a paragraph over the limit, naming it', () => {
    const huge = `${'word '.repeat(MAX_PARAGRAPH_CHARS / 5 + 10).trim()}.`;
    const result = parseCorpusFile('doc', new TextEncoder().encode(GOOD.replace('Second paragraph.', huge)));
    expect(result).toMatchObject({ kind: 'invalid', field: 'body' });
    expect(result.kind === 'invalid' && result.message).toMatch(/^paragraph 2 .* over the limit of 10000/);
  });

  it('refuses a 6 MB file without reading it into the index', () => {
    const dir = corpusDir({ 'big.md': GOOD + 'x '.repeat(3 * 1024 * 1024) });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^big\.md: file: \d+ bytes, over the limit of 5242880$/)]);
  });
});
