// The core must stay pure: no Discord, no file system, no environment. Shells do those.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSources } from '../support/list-sources.js';
import { REPO_ROOT } from '../support/real-corpus.js';

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
