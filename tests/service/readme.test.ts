// README as a stranger reads it: every deployed command is listed, and nothing points outside the repo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommandBodies } from '../../src/discord/register-commands.js';
import { REPO_ROOT } from '../support/real-corpus.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('README', () => {
  const bodies = buildCommandBodies();

  it.each(bodies.map((body) => [body.name, body.type ?? 1]))('lists the command %s', (name, type) => {
    // Slash commands as `/name`, context-menu commands by their bold menu name.
    expect(readme).toContain(type === 1 ? `\`/${name}` : `**${name}**`);
  });

  it('points at nothing outside the repository', () => {
    expect(readme).not.toMatch(/\.\.\/shared|the issue's/i);
  });

  it('names every product script', () => {
    const product = ['ask', 'start', 'deploy-commands', 'backup', 'restore'];
    for (const script of product) expect(Object.keys(manifest.scripts)).toContain(script);
    for (const script of product.filter((s) => s !== 'start')) expect(readme).toContain(`npm run ${script}`);
    expect(readme).toContain('npm start');
  });
});
