// The architecture as the import graph sees it (docs/design.md, ../shared/STYLE.md): data flows one way.
//   core imports nothing outside core (but the parts of `natural` it wraps);
//   policy imports no discord.js, no Discord code, nothing with effects (types from the store only);
//   store imports neither policy nor Discord; only the store touches better-sqlite3;
//   nothing outside lab/ imports lab/.
// Each rule is first shown to fail on sources that break it, `createRequire` and `import()` tricks
// included, so a rule that silently matches nothing cannot pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DYNAMIC,
  findProcessAccess,
  findViolations,
  type ImportEdge,
  type LayerRule,
  readImportGraph,
  readImports,
} from './support/import-graph.js';
import { REPO_ROOT } from './support/real-corpus.js';

const under = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const isPackage = (to: string) => !to.startsWith('src/') && !to.startsWith('lab/') && !to.startsWith('tests/');
const isDiscordPackage = (to: string) => to === 'discord.js' || to.startsWith('@discordjs/');

const RULES: readonly LayerRule[] = [
  {
    name: 'core imports nothing outside core',
    applies: under('src/core'),
    // The core wraps a few files of `natural` (never its root: it loads database drivers) and loads one
    // lazily with createRequire from node:module.
    forbids: (e) =>
      isPackage(e.to) ? !e.to.startsWith('natural/lib/') && e.to !== 'node:module' : !under('src/core')(e.to),
  },
  {
    name: 'policy is pure: no discord.js, no effects, types only from the store',
    applies: under('src/policy'),
    forbids: (e) =>
      isPackage(e.to) ||
      !(under('src/policy')(e.to) || under('src/core')(e.to) || (under('src/store')(e.to) && e.typeOnly)),
  },
  {
    name: 'store imports neither policy nor Discord',
    applies: under('src/store'),
    forbids: (e) =>
      isDiscordPackage(e.to) || ['src/policy', 'src/discord', 'src/cli', 'src/moderation'].some((f) => under(f)(e.to)),
  },
  {
    name: 'only the store opens the database',
    applies: (file) => !under('src/store')(file),
    forbids: (e) => e.to === 'better-sqlite3',
  },
  {
    name: 'nothing outside lab/ imports lab/',
    applies: (file) => !under('lab')(file),
    forbids: (e) => under('lab')(e.to),
  },
];

/** Violations in a made-up tree: file name → source text. */
function violationsOf(sources: Record<string, string>): string[] {
  const edges = Object.entries(sources).flatMap(([file, text]) => readImports(file, text));
  return findViolations(edges, RULES);
}

describe('the architecture rules', () => {
  it.each([
    ['core → discord', { 'src/core/a.ts': "import { x } from '../discord/types.js';" }, 'core imports nothing'],
    [
      'core → store, type only',
      { 'src/core/a.ts': "import type { X } from '../store/index.js';" },
      'core imports nothing',
    ],
    ['core → natural root', { 'src/core/a.ts': "import natural from 'natural';" }, 'core imports nothing'],
    ['core → fs', { 'src/core/a.ts': "import { readFileSync } from 'node:fs';" }, 'core imports nothing'],
    [
      'core → createRequire',
      {
        'src/core/a.ts':
          "import { createRequire } from 'node:module';\nconst r = createRequire(import.meta.url);\nr('discord.js');",
      },
      'core imports nothing',
    ],
    [
      'core → inline createRequire',
      { 'src/core/a.ts': "createRequire(import.meta.url)('../store/x.js');" },
      'core imports nothing',
    ],
    ['core → import()', { 'src/core/a.ts': "await import('../cli/ask.js');" }, 'core imports nothing'],
    [
      'core → import(variable)',
      { 'src/core/a.ts': 'const m = "discord.js"; await import(m);' },
      'core imports nothing',
    ],
    ['core → re-export', { 'src/core/a.ts': "export * from '../discord/types.js';" }, 'core imports nothing'],
    [
      'policy → discord.js',
      { 'src/policy/a.ts': "import { PermissionFlagsBits } from 'discord.js';" },
      'policy is pure',
    ],
    ['policy → @discordjs', { 'src/policy/a.ts': "import type { X } from '@discordjs/builders';" }, 'policy is pure'],
    ['policy → store code', { 'src/policy/a.ts': "import { openStore } from '../store/index.js';" }, 'policy is pure'],
    [
      'policy → discord render',
      { 'src/policy/a.ts': "import type { R } from '../discord/render/x.js';" },
      'policy is pure',
    ],
    [
      'store → policy',
      { 'src/store/a.ts': "import type { T } from '../policy/channel-policy.js';" },
      'store imports neither',
    ],
    ['store → discord.js', { 'src/store/a.ts': "const d = require('discord.js');" }, 'store imports neither'],
    ['store → discord', { 'src/store/a.ts': "import x = require('../discord/types.js');" }, 'store imports neither'],
    ['discord → better-sqlite3', { 'src/discord/a.ts': "import Database from 'better-sqlite3';" }, 'only the store'],
    ['product → lab', { 'src/cli/a.ts': "import { runEval } from '../../lab/eval/run.js';" }, 'nothing outside lab'],
    ['product → lab, type only', { 'src/core/a.ts': "type T = import('../../lab/x.js').T;" }, 'nothing outside lab'],
  ])('catch %s', (_label, sources, rule) => {
    const found = violationsOf(sources);
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    expect(found.some((v) => v.startsWith(rule))).toBe(true);
  });

  it('let through what each layer may import', () => {
    expect(
      violationsOf({
        'src/core/a.ts': "import { b } from './b.js';\nimport P from 'natural/lib/natural/stemmers/porter_stemmer.js';",
        'src/policy/a.ts': "import type { AnswerTrigger } from '../store/index.js';\nimport { x } from './b.js';",
        'src/store/a.ts': "import Database from 'better-sqlite3';\nimport { z } from 'zod';",
        'src/discord/a.ts':
          "import { isModerator } from '../policy/permissions.js';\nimport { Client } from 'discord.js';",
        'lab/a.ts': "import { buildIndex } from '../src/core/retrieval/build-index.js';",
      }),
    ).toEqual([]);
  });

  it('read a type-only import as type-only, and a mixed one as code', () => {
    const [typeOnly, inline, mixed] = readImports(
      'src/policy/a.ts',
      "import type { A } from './x.js';\nimport { type B } from './y.js';\nimport { type C, d } from './z.js';",
    ) as [ImportEdge, ImportEdge, ImportEdge];
    expect([typeOnly.typeOnly, inline.typeOnly, mixed.typeOnly]).toEqual([true, true, false]);
    expect(readImports('src/a.ts', 'await import(name);')[0]?.to).toBe(DYNAMIC);
  });
});

describe('the product', () => {
  const { files, edges } = readImportGraph(REPO_ROOT, ['src', 'lab']);

  it('has every layer the rules are about, with imports to check', () => {
    for (const layer of ['src/core/', 'src/policy/', 'src/store/', 'src/discord/'])
      expect(files.filter((f) => f.startsWith(layer)).length, layer).toBeGreaterThan(3);
    expect(edges.length).toBeGreaterThan(200);
    // The graph resolves relative imports to real files: a wrong resolution would make rules pass vacuously.
    const local = edges.filter((e) => e.to.startsWith('src/') || e.to.startsWith('lab/'));
    expect(local.length).toBeGreaterThan(150);
    expect(local.filter((e) => !files.includes(e.to))).toEqual([]);
  });

  it('keeps every rule', () => {
    expect(findViolations(edges, RULES)).toEqual([]);
  });

  it('uses no import the graph cannot follow', () => {
    expect(edges.filter((e) => e.to === DYNAMIC)).toEqual([]);
  });

  it('keeps src/core and src/policy off the environment', () => {
    expect(findProcessAccess('src/core/a.ts', 'const token = process.env.DISCORD_TOKEN;')).toEqual([1]);
    const pure = files.filter((f) => f.startsWith('src/core/') || f.startsWith('src/policy/'));
    expect(pure.length).toBeGreaterThan(10);
    const touchers = pure.filter((f) => findProcessAccess(f, readFileSync(join(REPO_ROOT, f), 'utf8')).length > 0);
    expect(touchers).toEqual([]);
  });

  it('has no src/moderation any more: pure rules live in src/policy, Discord wording in src/discord', () => {
    expect(files.filter((f) => f.startsWith('src/moderation/'))).toEqual([]);
  });
});
