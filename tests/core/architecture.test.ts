// The core must stay pure: no Discord, no file system, no environment. Shells do those.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/real-corpus.js';

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listSources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const coreFiles = listSources(join(REPO_ROOT, 'src/core'));

describe('src/core', () => {
  it('has source files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(5);
  });

  it.each(coreFiles.map((f) => [f.slice(REPO_ROOT.length)]))(
    '%s imports neither discord.js nor fs, nor reads process.env',
    (file) => {
      const source = readFileSync(join(REPO_ROOT, file), 'utf8');
      expect(source).not.toMatch(/from ['"](?:discord\.js|@discordjs\/[^'"]+)['"]/);
      expect(source).not.toMatch(/from ['"](?:node:)?fs(?:\/promises)?['"]/);
      expect(source).not.toMatch(/process\.env/);
      expect(source).not.toMatch(/from ['"]natural['"]/);
    },
  );
});
