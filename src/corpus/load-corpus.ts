// Reading and validating corpus/*.md. All or nothing: one bad file stops the load with a message per
// problem naming file and field, so the bot never serves a partial index.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDocument } from '../core/document/build-document.js';
import type { CorpusDocument } from '../core/document/types.js';
import { parseFrontMatter, splitFrontMatter } from './front-matter.js';

export interface CorpusProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export class CorpusError extends Error {
  constructor(readonly problems: readonly CorpusProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
    this.name = 'CorpusError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Ids become paragraph ids (`id#n`) and Discord custom ids, so keep them to a safe alphabet. */
const DOCUMENT_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** `x.md`, `x.MD`, `x.markdown`: every spelling of a Markdown file is a document, none silently skipped. */
const MARKDOWN_NAME = /\.(?:md|markdown)$/iu;

/**
 * Longest paragraph accepted (characters). Ranking and quoting cost grows with paragraph length: a 1 MB
 * paragraph took 1.5 s per answer. News paragraphs are well under 2,000; docs/corpus.md says why.
 */
export const MAX_PARAGRAPH_CHARS = 10_000;
/** Largest file read at all, checked before reading: a 50 MB file took 2.8 GB to index. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ParseCorpusFileResult =
  | { readonly kind: 'ok'; readonly document: CorpusDocument }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };

/** Validates one file's bytes. Pure apart from the decoding, so tests can feed it anything. */
export function parseCorpusFile(documentId: string, bytes: Uint8Array): ParseCorpusFileResult {
  if (!DOCUMENT_ID.test(documentId)) {
    return { kind: 'invalid', field: 'file name', message: 'use letters, digits, ".", "_" or "-" only' };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { kind: 'invalid', field: 'encoding', message: 'not valid UTF-8' };
  }
  const split = splitFrontMatter(text);
  if (split.kind === 'invalid') return { kind: 'invalid', ...split.problem };
  const front = parseFrontMatter(split.yaml);
  if (front.kind === 'invalid') return { kind: 'invalid', ...front.problem };
  const built = buildDocument(documentId, front.metadata, split.body);
  if (built.kind === 'invalid') return built;
  const long = built.document.paragraphs.find((p) => p.text.length > MAX_PARAGRAPH_CHARS);
  if (long !== undefined) {
    return {
      kind: 'invalid',
      field: 'body',
      message: `paragraph ${long.ordinal} (starting "${long.text.slice(0, 40)}...") is ${long.text.length} characters, over the limit of ${MAX_PARAGRAPH_CHARS}: separate its paragraphs with blank lines`,
    };
  }
  return { kind: 'ok', document: built.document };
}

export type ReadCorpusFileResult =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };

function describeCode(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'ENOENT':
      return 'a symbolic link to nothing (dangling)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return code || String(error);
  }
}

function describeKind(stat: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  return 'a device or other special file';
}

/**
 * Reads one corpus file, or says in one line why it cannot: only regular files are read (following a
 * symbolic link), checked on the opened descriptor, and the open is non-blocking, so a FIFO named
 * `x.md` can never hang the load. A dangling link or a link loop fails the open itself (ENOENT, ELOOP),
 * so no separate lstat/stat is needed; one fstat and reads of exactly the size it gives (what
 * readFileSync does, less its second fstat): four system calls a file, which on 2,000 files is
 * measurable.
 */
export function readCorpusFile(path: string): ReadCorpusFileResult {
  let fd: number | null = null;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'invalid', field: 'file', message: `not a regular file (${describeKind(stat)})` };
    if (stat.size > MAX_FILE_BYTES) {
      return { kind: 'invalid', field: 'file', message: `${stat.size} bytes, over the limit of ${MAX_FILE_BYTES}` };
    }
    return { kind: 'ok', bytes: readExactly(fd, stat.size) };
  } catch (error) {
    return { kind: 'invalid', field: 'file', message: `cannot read: ${describeCode(error)}` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Up to `size` bytes from the start of `fd`, fewer if the file ends sooner (it shrank since fstat). */
function readExactly(fd: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let read = 0;
  while (read < size) {
    const got = readSync(fd, bytes, read, size - read, read);
    if (got === 0) return bytes.subarray(0, read);
    read += got;
  }
  return bytes;
}

export interface LoadCorpusOptions {
  /** How file names appear in messages; defaults to relative to the working directory. */
  readonly displayBase?: string;
  /** Told about files skipped on purpose (hidden files such as macOS `._x.md`); default: one stderr line. */
  readonly onSkip?: (file: string, reason: string) => void;
}

const writeSkipToStderr = (file: string, reason: string): void => {
  process.stderr.write(`${file}: skipped: ${reason}\n`);
};

/**
 * Loads every `*.md` / `*.markdown` in `directory` (any case), sorted by file name; hidden files are
 * skipped and reported through `onSkip`. Throws CorpusError listing every problem.
 */
export function loadCorpus(directory: string, options: LoadCorpusOptions = {}): CorpusDocument[] {
  const base = options.displayBase ?? process.cwd();
  const show = (path: string): string => relative(base, path) || path;
  let names: string[];
  try {
    if (!statSync(directory).isDirectory()) throw new Error('not a directory');
    names = readdirSync(directory)
      .filter((name) => MARKDOWN_NAME.test(name))
      .sort();
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CorpusError([{ file: show(directory), field: 'directory', message: `cannot read (${reason})` }]);
  }
  const onSkip = options.onSkip ?? writeSkipToStderr;
  // Hidden files are editor and OS droppings (macOS writes `._x.md` beside every file it copies).
  for (const name of names.filter((n) => n.startsWith('.'))) onSkip(show(join(directory, name)), 'hidden file');
  names = names.filter((name) => !name.startsWith('.'));
  if (names.length === 0) {
    throw new CorpusError([{ file: show(directory), field: 'directory', message: 'holds no .md documents' }]);
  }

  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  const seenIds = new Map<string, string>();
  for (const name of names) {
    const path = join(directory, name);
    const id = name.replace(MARKDOWN_NAME, '');
    const clash = seenIds.get(id.toLowerCase());
    if (clash !== undefined) {
      problems.push({ file: show(path), field: 'id', message: `duplicate of ${clash} (ids ignore case)` });
      continue;
    }
    seenIds.set(id.toLowerCase(), name);
    const read = readCorpusFile(path);
    if (read.kind === 'invalid') {
      problems.push({ file: show(path), field: read.field, message: read.message });
      continue;
    }
    const result = parseCorpusFile(id, read.bytes);
    if (result.kind === 'invalid') problems.push({ file: show(path), field: result.field, message: result.message });
    else documents.push(result.document);
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return documents;
}
