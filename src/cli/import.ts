#!/usr/bin/env node
// `npm run import -- URL|FILE [--corpus DIR] [--outlet NAME]`: one page or file → one corpus file
// (../shared/CONTRACT.md section 2, "Importing a document"). Only the written path goes to stdout; the
// proposed furniture and any unknown field are reported on stderr for the operator to check.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpusConfig } from '../config/load-config.js';
import { loadReadingsConfig, ReadingsConfigError } from '../config/load-readings-config.js';
import { fetchUrl } from '../import/fetch-url.js';
import {
  applyMetadataEdits,
  decodeUtf8,
  extractSource,
  readMediaKind,
  readSourceKind,
  SUPPORTED_EXTENSIONS,
} from '../import/import-source.js';
import { makeDocumentId, toCorpusFile } from '../import/to-corpus-file.js';
import type { ExtractedArticle } from '../import/types.js';
import { CliUsageError, runCli } from './run-cli.js';

const USAGE = `usage: npm run import -- URL|FILE [--corpus DIR] [--outlet NAME] [--title T] [--author A]
                        [--published YYYY-MM-DD] [--url URL] [--id DOCUMENT-ID]
  Writes one <document-id>.md in the corpus format into DIR (default CORPUS_DIR, else ./corpus) and
  prints its path. FILE is .html, .txt or .md; a URL must be http(s). Metadata comes from the page;
  the options fill in or correct it (an empty value clears a field). Page furniture is listed under
  exclude. Never overwrites a file. IMPORT_ALLOW_HOSTS lets a private or local host be fetched.`;

export interface ImportArguments {
  readonly source: string;
  readonly corpus: string;
  readonly id: string | undefined;
  readonly edits: { outlet?: string; title?: string; author?: string; published?: string; url?: string };
}

export function parseImportArguments(argv: readonly string[], defaultCorpus: string): ImportArguments | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      corpus: { type: 'string' },
      outlet: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      id: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const [source, ...extra] = positionals;
  if (source === undefined) throw new CliUsageError('a URL or a file to import is required');
  if (extra.length > 0) throw new CliUsageError(`one source at a time (also given: ${extra.join(' ')})`);
  const { outlet, title, author, published, url } = values;
  return {
    source,
    corpus: values.corpus ?? defaultCorpus,
    id: values.id,
    edits: {
      ...(outlet !== undefined && { outlet }),
      ...(title !== undefined && { title }),
      ...(author !== undefined && { author }),
      ...(published !== undefined && { published }),
      ...(url !== undefined && { url }),
    },
  };
}

function readFetchOptions() {
  try {
    return loadReadingsConfig(process.env).fetch;
  } catch (error) {
    throw error instanceof ReadingsConfigError ? new CliUsageError(error.message) : error;
  }
}

async function readSource(source: string): Promise<ExtractedArticle> {
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//iu.test(source);
  let result: ReturnType<typeof extractSource>;
  if (isUrl) {
    const fetched = await fetchUrl(source, readFetchOptions());
    if (fetched.kind === 'refused') throw new CliUsageError(`${source}: ${fetched.message}`);
    const kind = readMediaKind(fetched.mediaType);
    if (kind === null) throw new CliUsageError(`${source}: cannot import ${fetched.mediaType}`);
    result = extractSource(kind, fetched.text, fetched.url);
  } else {
    const kind = readSourceKind(source);
    if (kind === null) throw new CliUsageError(`${source}: use a file ending in ${SUPPORTED_EXTENSIONS.join(', ')}`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(source);
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
      throw new CliUsageError(`${source}: cannot read (${code})`);
    }
    const text = decodeUtf8(bytes);
    if (text === null) throw new CliUsageError(`${source}: not valid UTF-8`);
    result = extractSource(kind, text);
  }
  if (result.kind === 'invalid') throw new CliUsageError(`${source}: ${result.field}: ${result.message}`);
  return result.article;
}

function reportArticle(article: ExtractedArticle): void {
  const unknown = Object.entries(article.metadata)
    .filter(([, value]) => value === null)
    .map(([key]) => key);
  const lines = [
    `${article.paragraphs.length} paragraphs, ${article.furniture.length} proposed as furniture (listed under exclude)`,
    ...article.furniture.map((f) => `  #${f.ordinal} ${f.reason}: ${f.text.slice(0, 70)}`),
    ...(unknown.length > 0 ? [`not on the page, left null: ${unknown.join(', ')}`] : []),
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseImportArguments(argv, loadCorpusConfig(process.env).corpusDir);
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const edited = applyMetadataEdits(await readSource(args.source), args.edits);
  if (edited.kind === 'invalid') throw new CliUsageError(`--${edited.field}: ${edited.message}`);
  const article = edited.article;
  const id = args.id ?? makeDocumentId(article.metadata);
  const file = toCorpusFile(id, article);
  if (file.kind === 'invalid') {
    const hint = file.field === 'outlet' || file.field === 'title' ? ` (give it with --${file.field})` : '';
    throw new CliUsageError(`${args.source}: ${file.field}: ${file.message}${hint}`);
  }
  const path = join(args.corpus, `${id}.md`);
  if (existsSync(path)) throw new CliUsageError(`${path}: already exists; not overwritten (choose another --id)`);
  mkdirSync(args.corpus, { recursive: true });
  // 'wx' fails if the file appeared meanwhile: never overwrite, even in a race.
  writeFileSync(path, file.text, { flag: 'wx' });
  reportArticle(article);
  process.stdout.write(`${path}\n`);
}

runCli(main);
