// Reading and validating corpus/*.md. All or nothing: one bad file stops the load with a message per
// problem naming file and field, so the bot never serves a partial index.
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
  return { kind: 'ok', document: built.document };
}

export interface LoadCorpusOptions {
  /** How file names appear in messages; defaults to relative to the working directory. */
  readonly displayBase?: string;
}

/** Loads every `*.md` in `directory`, sorted by file name. Throws CorpusError listing every problem. */
export function loadCorpus(directory: string, options: LoadCorpusOptions = {}): CorpusDocument[] {
  const base = options.displayBase ?? process.cwd();
  const show = (path: string): string => relative(base, path) || path;
  let names: string[];
  try {
    if (!statSync(directory).isDirectory()) throw new Error('not a directory');
    names = readdirSync(directory)
      .filter((name) => name.endsWith('.md'))
      .sort();
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CorpusError([{ file: show(directory), field: 'directory', message: `cannot read (${reason})` }]);
  }
  if (names.length === 0) {
    throw new CorpusError([{ file: show(directory), field: 'directory', message: 'holds no .md documents' }]);
  }

  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  const seenIds = new Map<string, string>();
  for (const name of names) {
    const path = join(directory, name);
    const id = name.slice(0, -'.md'.length);
    const clash = seenIds.get(id.toLowerCase());
    if (clash !== undefined) {
      problems.push({ file: show(path), field: 'id', message: `duplicate of ${clash} (ids ignore case)` });
      continue;
    }
    seenIds.set(id.toLowerCase(), name);
    const result = parseCorpusFile(id, readFileSync(path));
    if (result.kind === 'invalid') problems.push({ file: show(path), field: result.field, message: result.message });
    else documents.push(result.document);
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return documents;
}
