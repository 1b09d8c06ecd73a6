// The import command end to end: the built program, spawned as an operator runs it.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { type PageServer, startPageServer } from '../support/page-server.js';
import { REPO_ROOT } from '../support/real-corpus.js';

const PAGES = join(REPO_ROOT, 'tests/fixtures/pages');

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

// Asynchronous on purpose: the page server answers from this process while the command runs.
async function runImport(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(REPO_ROOT, 'dist/cli/import.js'), ...args],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
      },
    );
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

describe('npm run import', () => {
  it('answers --help with usage on stdout and does nothing else', async () => {
    const run = await runImport(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run import -- URL\|FILE/u);
    expect(run.stderr).toBe('');
  });

  it('imports an HTML file into --corpus, prints the path, and the loader reads it', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const run = await runImport([join(PAGES, 'harbour-gazette-port-strike.html'), '--corpus', corpus]);
    expect(run.status).toBe(0);
    const path = join(corpus, 'harbour-gazette-dockworkers-walk-out-as-port-talks-collapse.md');
    expect(run.stdout).toBe(`${path}\n`);
    expect(run.stderr).toContain('13 paragraphs, 5 proposed as furniture');
    const [document] = loadCorpus(corpus);
    expect(document).toMatchObject({ outlet: 'The Harbour Gazette', author: 'Marta Kovač', published: '2024-03-07' });
    expect(document?.paragraphs.filter((p) => p.excluded)).toHaveLength(5);
  });

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const source = join(PAGES, 'northern-ledger-council-budget.html');
    expect((await runImport([source, '--corpus', corpus])).status).toBe(0);
    const [name] = readdirSync(corpus);
    writeFileSync(join(corpus, name ?? ''), 'kept');
    const again = await runImport([source, '--corpus', corpus]);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/already exists; not overwritten/u);
    expect(again.stdout).toBe('');
    expect(readFileSync(join(corpus, name ?? ''), 'utf8')).toBe('kept');
  });

  it('writes into CORPUS_DIR when no --corpus is given', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const run = await runImport([join(PAGES, 'northern-ledger-council-budget.html')], { CORPUS_DIR: corpus });
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith(corpus)).toBe(true);
  });

  it('says which field is missing and how to give it, writing nothing', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const run = await runImport([join(PAGES, 'bare-notes-page.html'), '--corpus', corpus]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/outlet: not found on the page \(give it with --outlet\)/u);
    expect(readdirSync(corpus)).toEqual([]);
    const named = await runImport([join(PAGES, 'bare-notes-page.html'), '--corpus', corpus, '--outlet', 'River Club']);
    expect(named.status).toBe(0);
    expect(named.stderr).toContain('not on the page, left null: author, url, published');
    expect(loadCorpus(corpus)[0]).toMatchObject({ outlet: 'River Club', author: null, published: null });
  });

  it('imports a URL from an allowlisted local server, with the fetched address as url', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const run = await runImport([`${server.origin}/chain/2`, '--corpus', corpus, '--outlet', 'Gazette'], {
      IMPORT_ALLOW_HOSTS: '127.0.0.1',
    });
    expect(run.stderr).not.toMatch(/error/iu);
    expect(run.status).toBe(0);
    const [document] = loadCorpus(corpus);
    // --outlet replaces what the page says; the page's og:url stays the url
    expect(document).toMatchObject({
      outlet: 'Gazette',
      url: 'https://harbourgazette.example/news/2024/03/07/dockworkers-walk-out',
    });
  });

  it('refuses a local URL without the allowlist, and a redirect to a private address with it', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const refused = await runImport([`${server.origin}/article`, '--corpus', corpus]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/private or local address/u);
    const redirected = await runImport([`${server.origin}/to-private`, '--corpus', corpus], {
      IMPORT_ALLOW_HOSTS: '127.0.0.1',
    });
    expect(redirected.stderr).toMatch(/10\.1\.2\.3 is a private or local address/u);
    expect(readdirSync(corpus)).toEqual([]);
  });

  it('imports a corpus-format .md as it is, and refuses an unknown extension and bad arguments', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const source = join(corpus, '..', `seed-${Date.now()}.md`);
    copyFileSync(join(REPO_ROOT, 'corpus/occupy-democrats-trump-kremlin.md'), source);
    const run = await runImport([source, '--corpus', corpus, '--id', 'occupy-copy']);
    expect(run.status).toBe(0);
    const [copy] = loadCorpus(corpus);
    const [original] = loadCorpus(join(REPO_ROOT, 'corpus')).filter((d) => d.id === 'occupy-democrats-trump-kremlin');
    expect(copy?.paragraphs.map((p) => [p.text, p.excluded])).toEqual(
      original?.paragraphs.map((p) => [p.text, p.excluded]),
    );
    expect((await runImport(['page.pdf', '--corpus', corpus])).stderr).toMatch(/use a file ending in \.html/u);
    expect((await runImport(['--corpus', corpus])).stderr).toMatch(/a URL or a file to import is required/u);
    expect((await runImport([source, '--published', 'last week'])).stderr).toMatch(/--published: must be a date/u);
  });
});
