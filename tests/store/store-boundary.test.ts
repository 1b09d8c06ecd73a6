// Only src/store talks to the database, and src/moderation stays pure (no database, files or environment).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSources } from '../support/list-sources.js';
import { REPO_ROOT } from '../support/real-corpus.js';

const sources = listSources(join(REPO_ROOT, 'src')).map((file) => ({
  file: relative(REPO_ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

describe('store boundary', () => {
  it('has only src/store import better-sqlite3', () => {
    const outside = sources
      .filter((s) => /from ['"]better-sqlite3['"]/.test(s.text))
      .map((s) => s.file)
      .filter((f) => !f.startsWith('src/store/'));
    expect(outside).toEqual([]);
    expect(sources.some((s) => s.file.startsWith('src/store/') && s.text.includes("'better-sqlite3'"))).toBe(true);
  });

  it('keeps src/moderation free of the database, files and the environment', () => {
    const moderation = sources.filter((s) => s.file.startsWith('src/moderation/'));
    expect(moderation.length).toBeGreaterThanOrEqual(5);
    for (const { file, text } of moderation) {
      expect(text, file).not.toMatch(/from ['"](?:better-sqlite3|(?:node:)?fs(?:\/promises)?)['"]/);
      // Types from the store are fine (the formatters show its records); code from it is not.
      expect(text, file).not.toMatch(/^import (?!type )[^;]*from ['"]\.\.\/store\//m);
      expect(text, file).not.toMatch(/process\.env|Date\.now\(/);
    }
  });
});
