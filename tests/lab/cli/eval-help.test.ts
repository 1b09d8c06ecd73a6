// `npm run eval -- --help` and `npm run bench -- --help`: usage on stdout, exit 0, nothing else done
// (docs/contract.md section 3: every script answers --help).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/real-corpus.js';

describe.each(['eval', 'bench'])('lab/cli/%s.ts --help', (name) => {
  it('prints its usage on stdout and exits 0 without running', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', `lab/cli/${name}.ts`, '--help'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: npm run ${name}`));
    expect(run.stderr).toBe('');
  });
});
