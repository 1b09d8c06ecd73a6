// The lab (eval, bench, training) sits outside the product: the product build (tsconfig.build.json)
// compiles src/ only. That nothing under src/ imports lab/ is one rule of tests/architecture.test.ts,
// which reads the real import graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/real-corpus.js';

describe('the product build', () => {
  it('builds src/ only', () => {
    const build = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.build.json'), 'utf8'));
    expect(build.include).toEqual(['src']);
  });
});
