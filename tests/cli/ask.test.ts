// The ask command end to end: the built program, spawned as a user would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/real-corpus.js';

function ask(args: string[], input?: string, env: NodeJS.ProcessEnv = process.env) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli/ask.js'), ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
    env,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ask', () => {
  it('prints the quote and then the attribution as readable text', () => {
    const { status, stdout } = ask(['Who is Carter Page?']);
    expect(status).toBe(0);
    expect(stdout).toContain('Carter Page, is a former Merrill Lynch investment banker');
    expect(stdout).toContain(
      '\u2014 Occupy Democrats, \u201CJUST IN: U.S. Officials Investigating Trump Campaign\u2019s Secret Ties To Putin\u2019s Kremlin\u201D, James DeVinne',
    );
  });

  it('prints one JSON object following the contract with --json', () => {
    const { status, stdout, stderr } = ask(['--json', 'Who was the Trump campaign chairman?']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const answer = JSON.parse(stdout);
    // The contract's keys first and in its order; fields added since (docs/contract.md: "extend freely")
    // come after them.
    expect(Object.keys(answer).slice(0, 3)).toEqual(['question', 'answered', 'results']);
    expect(answer.corrections).toEqual([]);
    expect(answer.answered).toBe(true);
    expect(Object.keys(answer.results[0]).slice(0, 8)).toEqual([
      'quote',
      'paragraph',
      'documentId',
      'paragraphId',
      'outlet',
      'title',
      'author',
      'score',
    ]);
    expect(answer.results[0]).toMatchObject({ outlet: 'The Moscow Times', author: null });
    expect(answer.results[0].paragraph).toContain(answer.results[0].quote);
  });

  it('refuses an off-topic question with results [] and its closest passages only as related', () => {
    const { status, stdout } = ask(['--json', 'What is the recipe for a Trump chocolate cake with Russian sugar?']);
    expect(status).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ answered: false, results: [], reason: 'below-threshold' });
    expect(answer.related.length).toBeGreaterThan(0);
    expect(answer.related[0].paragraph).toContain(answer.related[0].quote);
    const text = ask(['What is the recipe for a Trump chocolate cake with Russian sugar?']).stdout;
    expect(text).toMatch(/^Nothing in the sources answers that directly\. Closest passages:/);
  });

  it('says why a count question was refused: reason no-quantity, and a line in the text', () => {
    const question = 'How many times did Flynn call Kislyak?';
    const answer = JSON.parse(ask(['--json', question]).stdout);
    expect(answer).toMatchObject({ answered: false, results: [], reason: 'no-quantity' });
    expect(ask([question]).stdout).toContain('The question asks for a number, and none of these passages gives one.');
    // Answered questions carry no reason.
    expect(JSON.parse(ask(['--json', 'Who is Carter Page?']).stdout).reason).toBeUndefined();
  });

  it('answers stdin line by line as JSON lines, in order', () => {
    const { status, stdout } = ask(['--json'], 'Who is Carter Page?\nWhat is the recipe for chocolate cake?\n');
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.question, l.answered])).toEqual([
      ['Who is Carter Page?', true],
      ['What is the recipe for chocolate cake?', false],
    ]);
    expect(lines[1].results).toEqual([]);
  });

  it('honours --top and --outlet', () => {
    const { stdout } = ask(['--json', '--top', '5', '--outlet', 'The Moscow Times', 'Trump Russia sanctions']);
    const answer = JSON.parse(stdout);
    expect(answer.results.length).toBeGreaterThan(1);
    expect(answer.results.length).toBeLessThanOrEqual(5);
    expect(answer.results.every((r: { outlet: string }) => r.outlet === 'The Moscow Times')).toBe(true);
  });

  it('answers on exact words, saying so in one stderr line, when the word vectors are missing or damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vectors-'));
    writeFileSync(join(dir, 'damaged.bin'), 'SAWV but not really a vector file');
    for (const file of [join(dir, 'missing.bin'), join(dir, 'damaged.bin')]) {
      const { status, stdout, stderr } = ask(['--json', 'Who is Carter Page?'], undefined, {
        ...process.env,
        WORD_VECTORS_FILE: file,
      });
      expect(status).toBe(0);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^word vectors unavailable: .*answering without them$/),
      ]);
      expect(JSON.parse(stdout).results[0].quote).toContain('Carter Page, is a former Merrill Lynch investment banker');
    }
  });

  it('says so, and exits 0, when nothing matches', () => {
    const { status, stdout } = ask(['Zorblax quuxified the flimwort?']);
    expect(status).toBe(0);
    expect(stdout).toBe('No passage in the corpus answers this question.\n');
  });

  it('refuses an off-topic question that only shares loose vocabulary, showing the closest passages as such', () => {
    const { status, stdout } = ask(['How do I configure a wireless printer?']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Nothing in the sources answers that directly\. Closest passages:\n/);
  });

  it('exits non-zero with one line naming file and field for a bad corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'x.md'), '---\ntitle: T\n---\nBody.\n');
    const { status, stdout, stderr } = ask(['--corpus', dir, 'anything']);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/x\.md: outlet: required/);
  });

  it('exits non-zero with one line for bad arguments', () => {
    for (const args of [['--top', 'zero', 'q'], ['--bogus', 'q'], []]) {
      const { status, stderr } = ask(args);
      expect(status).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
  it("--compare prints each outlet's best quote, strongest first, each what --outlet gives first", () => {
    const question = 'Did Russia contact the Trump team during the election?';
    const { status, stdout } = ask(['--json', '--compare', question]);
    expect(status).toBe(0);
    const compared = JSON.parse(stdout) as {
      answered: boolean;
      results: Array<{ outlet: string; paragraphId: string; score: number }>;
    };
    expect(compared.answered).toBe(true);
    expect(compared.results.map((r) => r.outlet).sort()).toEqual(['Occupy Democrats', 'The Moscow Times']);
    for (const result of compared.results) {
      const own = JSON.parse(ask(['--json', '--top', '1', '--outlet', result.outlet, question]).stdout);
      expect(own.results[0].paragraphId).toBe(result.paragraphId);
    }
    const scores = compared.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
  it('writes control characters in metadata out visibly instead of sending them to the terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-controls-'));
    writeFileSync(
      join(dir, 'evil.md'),
      '---\noutlet: "Evil \\a\\0 Times \\e[31mred"\ntitle: "T \\e[2J"\nauthor: "A \\e]0;pwned\\a"\n---\nThe zebra crossed the river.\n',
    );
    const { status, stdout } = ask(['--corpus', dir, 'zebra river']);
    expect(status).toBe(0);
    expect(stdout).toContain('The zebra crossed the river.');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stdout).toContain('\u2014 Evil \\x07\\x00 Times \\x1b[31mred, \u201CT \\x1b[2J\u201D, A \\x1b]0;pwned\\x07');
  });
});
