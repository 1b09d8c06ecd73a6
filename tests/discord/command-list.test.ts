// Guards for whoever adds the next command or button: one list of commands feeds both the router and
// the deploy script (tests/discord/reply-helper.test.ts checks that every message goes through to-reply.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buttons } from '../../src/discord/buttons/index.js';
import { commands } from '../../src/discord/commands/index.js';
import { createRouter } from '../../src/discord/handle-interaction.js';
import { buildCommandBodies } from '../../src/discord/register-commands.js';
import { REPO_ROOT } from '../support/real-corpus.js';

describe('the command list', () => {
  it('is what both the router and deploy-commands use', () => {
    const router = createRouter();
    expect([...router.commands.keys()]).toEqual(buildCommandBodies().map((body) => body.name));
    expect(router.commands.size).toBe(commands.length);
  });

  it('has one file per command under commands/, each in the list', () => {
    const files = readdirSync(join(REPO_ROOT, 'src/discord/commands')).filter((f) => f !== 'index.ts');
    expect(files.length).toBe(commands.length);
  });

  it('routes every button prefix to exactly one handler', () => {
    expect(new Set(buttons.map((b) => b.prefix)).size).toBe(buttons.length);
    for (const button of buttons) expect(button.prefix).not.toContain(':');
  });
});

describe('where commands work', () => {
  it('is decided for every command: moderator commands and /study in servers only, questions also in DMs', () => {
    const bodies = buildCommandBodies() as Array<{ name: string; contexts?: number[]; integration_types?: number[] }>;
    const where = Object.fromEntries(bodies.map((b) => [b.name, b.contexts]));
    expect(where).toEqual({
      ask: [0, 1],
      compare: [0, 1],
      sources: [0, 1],
      quote: [0, 1],
      'Find sources': [0, 1],
      settings: [0],
      history: [0],
      feedback: [0],
      'forget-me': [0, 1],
      quiz: [0, 1],
      study: [0],
      corpus: [0],
      readings: [0],
    });
    for (const body of bodies) expect(body.integration_types, body.name).toEqual([0]);
  });
});
