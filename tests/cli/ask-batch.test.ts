// Issue 14 item 9: batch mode keeps output lined up with input (a blank line gets an empty refusal),
// and a reader that goes away (`| head -n 1`) ends the program quietly, without an EPIPE stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/real-corpus.js';

const ASK = join(REPO_ROOT, 'dist/cli/ask.js');

describe('ask --json reading stdin', () => {
  it('answers a blank line with an empty refusal, so line n of the output is question n', () => {
    const run = spawnSync(process.execPath, [ASK, '--json'], {
      cwd: REPO_ROOT,
      input: 'Who is Carter Page?\n\n   \nWho is Carter Page?\n',
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.question, l.answered])).toEqual([
      ['Who is Carter Page?', true],
      ['', false],
      ['   ', false],
      ['Who is Carter Page?', true],
    ]);
    expect(lines[1].results).toEqual([]);
  });

  it('exits 0 with nothing on stderr when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, [ASK, '--json'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    child.stdin.on('error', () => {});
    child.stdin.end('Who is Carter Page?\n'.repeat(1000));
    // Like `head -n 1`: read the first line, then close our end.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stderr).toBe('');
  }, 20_000);
});
