// The lab (eval, bench, training) sits outside the product: nothing under src/ may import it, and the
// product build (tsconfig.build.json) compiles src/ only. Import specifiers are resolved against each
// file's folder, so a relative path that climbs into lab/ is caught however it is spelled.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSources } from '../support/list-sources.js';
import { REPO_ROOT } from '../support/real-corpus.js';

const productFiles = listSources(join(REPO_ROOT, 'src'));
const specifierPattern = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g;

describe('the product does not import the lab', () => {
  it('has product files to check', () => {
    expect(productFiles.length).toBeGreaterThan(50);
  });

  it('resolves no import of any src/ file into lab/', () => {
    const offenders = productFiles.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(specifierPattern)]
        .map((m) => m[1] ?? '')
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => relative(REPO_ROOT, resolve(dirname(file), spec)).startsWith('lab'))
        .map((spec) => `${relative(REPO_ROOT, file)} -> ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('builds src/ only', () => {
    const build = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.build.json'), 'utf8'));
    expect(build.include).toEqual(['src']);
  });
});
