// A writable copy of the bundled corpus, and corpus files made from the page fixtures, for tests that
// change CORPUS_DIR while the bot runs.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractHtml } from '../../src/import/extract-html.js';
import { toCorpusFile } from '../../src/import/to-corpus-file.js';
import { CORPUS_DIR, REPO_ROOT } from './real-corpus.js';

export function copyCorpus(): string {
  const directory = mkdtempSync(join(tmpdir(), 'live-corpus-'));
  cpSync(CORPUS_DIR, directory, { recursive: true });
  return directory;
}

/** The corpus-file text of a fixture page, through the real importer. */
export function fixtureCorpusFile(page: string, id: string): string {
  const html = readFileSync(join(REPO_ROOT, 'tests/fixtures/pages', page), 'utf8');
  const extracted = extractHtml(html);
  if (extracted.kind !== 'ok') throw new Error(extracted.message);
  const file = toCorpusFile(id, extracted.article);
  if (file.kind !== 'ok') throw new Error(file.message);
  return file.text;
}
