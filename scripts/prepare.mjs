#!/usr/bin/env node
// `prepare` (run by `npm ci` / `npm install`): compile src/ into dist/ so a fresh clone's `npm ci && npm
// run ask` works. A production install (`npm ci --omit=dev`) has no TypeScript: it keeps the dist/ that
// `npm run build` made before, and stops with what to run when there is none. Plain JavaScript: it runs
// before any build exists. Then it converts the GloVe word vectors once (scripts/build-word-vectors.mjs;
// skipped when up to date, and never fatal: without them the bot answers on exact words).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

function buildWordVectors() {
  spawnSync(process.execPath, [join(root, 'scripts/build-word-vectors.mjs')], { cwd: root, stdio: 'inherit' });
}

function main() {
  if (existsSync(tsc)) {
    const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status === 0) buildWordVectors();
    return build.status ?? 1;
  }
  if (existsSync(join(root, 'dist/discord/main.js'))) {
    process.stderr.write('prepare: no TypeScript here (production install): using the dist/ built before\n');
    buildWordVectors();
    return 0;
  }
  process.stderr.write(
    'prepare: dist/ is missing and TypeScript is not installed: build first (npm ci && npm run build), then npm ci --omit=dev\n',
  );
  return 1;
}

process.exitCode = main();
