// deploy/sourced-answers.service as systemd itself reads it. systemd-analyze is in Debian's `systemd`
// package; .ci/run installs it where apt-get can, and without it this test is skipped with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/real-corpus.js';

const UNIT = join(REPO_ROOT, 'deploy/sourced-answers.service');
const analyzer = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
const hasAnalyzer = analyzer.status === 0;

/** `Key=value` lines of one [Section]; repeated keys keep every value. */
function readSection(text: string, section: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  let current = '';
  for (const line of text.split('\n')) {
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) current = header[1] ?? '';
    const pair = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (current === section && pair?.[1] !== undefined)
      values.set(pair[1], [...(values.get(pair[1]) ?? []), pair[2] ?? '']);
  }
  return values;
}

describe('the systemd unit', () => {
  const text = readFileSync(UNIT, 'utf8');
  const service = readSection(text, 'Service');

  const skipReason = hasAnalyzer ? '' : ' (SKIPPED: systemd-analyze is not installed; apt-get install systemd)';
  it.skipIf(!hasAnalyzer)(`passes systemd-analyze verify with no warning${skipReason}`, () => {
    const run = spawnSync('systemd-analyze', ['verify', UNIT], { encoding: 'utf8' });
    expect(run.stderr + run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('restarts on failure, reads an EnvironmentFile, runs as a non-root user with a state directory', () => {
    expect(service.get('Restart')).toEqual(['on-failure']);
    expect(service.get('EnvironmentFile')?.[0]).toMatch(/^\/etc\//);
    expect(service.get('User')?.[0]).toMatch(/^(?!root$)\S+$/);
    expect(service.get('StateDirectory')).toEqual(['sourced-answers']);
  });

  it('starts the built bot with node itself, from a path that the build makes', () => {
    const [exec] = service.get('ExecStart') ?? [];
    expect(exec).toBe('/usr/bin/node dist/discord/main.js');
    expect(existsSync(join(REPO_ROOT, 'dist/discord/main.js'))).toBe(true);
  });
});
