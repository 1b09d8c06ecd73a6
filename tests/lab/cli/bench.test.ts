// A smoke test of `npm run bench` at toy sizes: every stage runs (corpus written, systems in their own
// processes, table, results file), in seconds. The real figures come from the full run, not from here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/real-corpus.js';

describe('npm run bench (smoke)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'results.json');
  const stdout = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'lab/cli/bench.ts',
      '--sizes',
      '150',
      '--questions',
      '40',
      '--systems',
      'ours,minisearch',
      '--startup-runs',
      '1',
      '--out',
      out,
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );

  it('prints one table row per system and corpus, with ratios to the fastest peer', () => {
    expect(stdout).toMatch(/\| 150 paragraphs \| ours \| [\d.]+ \([\d.]+×\)/);
    expect(stdout).toMatch(/\| 150 paragraphs \| MiniSearch \| [\d.]+ \(1\.00×\)/);
    expect(stdout).toMatch(/\| real \(\.\/corpus\) \| ours \|/);
    expect(stdout).toMatch(/Start to first answer/);
  });

  it('writes the measurements, and our index finds the known items', () => {
    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(results.corpora).toHaveLength(2);
    const ours = results.corpora[0].runs[0];
    expect(ours).toMatchObject({ system: 'ours', paragraphs: 150, questionsAsked: 40 });
    expect(ours.hitAt1).toBeGreaterThan(0.9);
    expect(ours.peakRssMb).toBeGreaterThan(0);
    // CPU time per question beside wall time, one sample per question asked.
    expect(ours.cpuLatency.count).toBe(40);
    expect(ours.cpuLatency.p99Ms).toBeGreaterThan(0);
    expect(results.startup.askMs).toBeGreaterThan(0);
  });
});
