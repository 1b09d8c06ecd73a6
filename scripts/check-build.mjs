#!/usr/bin/env node
// Runs before `npm start`, `npm run deploy-commands` and `npm run ask` (their `pre` scripts), so they never
// run a dist/ older than src/: a source file newer than its built file, or one never built, means
// building first when TypeScript is installed, else stopping with "run npm run build". A copy with no
// src/ (a shipped build) has nothing to compare and runs as it is. Plain JavaScript: it runs before any
// build exists. Writes only to stderr, so `npm run --silent ask` keeps stdout for results.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

/** The first source file whose built counterpart is missing or older, or undefined when dist/ is current. */
function findStaleSource(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      const stale = findStaleSource(path);
      if (stale !== undefined) return stale;
      continue;
    }
    // Declaration files emit nothing, so they have no counterpart to compare.
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
    const built = join(dist, relative(src, path)).replace(/\.ts$/, '.js');
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) return path;
  }
  return undefined;
}

function main() {
  if (!existsSync(src)) return 0;
  const stale = findStaleSource(src);
  if (stale === undefined) return 0;
  const why = `dist/ is older than src/ (${relative(root, stale)})`;
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  if (!existsSync(tsc)) {
    process.stderr.write(`${why}: run npm run build (it needs the dev dependencies: npm ci)\n`);
    return 1;
  }
  process.stderr.write(`${why}: building first (npm run build)\n`);
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (build.status === 0) return 0;
  process.stderr.write('the build failed: fix the errors above, then run npm run build\n');
  return 1;
}

process.exitCode = main();
