// A throwaway copy of the repository as a newcomer has it after `npm ci`: the tracked files that running
// needs (timestamps kept, so dist/ stays newer than src/) and the real node_modules symlinked in, so no
// install runs. Programs started in it read its own `.env`, never a developer's.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './real-corpus.js';

/** What a working copy needs to run the product's scripts; tests/ and the lab stay out. */
const COPIED = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  '.env.example',
  // The converted word vectors: without them every copy would convert GloVe again (~12 s, ~1.3 GB).
  '.cache',
  'scripts',
  'src',
  'dist',
  'corpus',
];

export interface WorkingCopyOptions {
  /** Packages left out of node_modules, as on a host installed with `npm ci --omit=dev`. */
  readonly withoutPackages?: readonly string[];
  /** 'copy': a real copy that npm may change (prune, install); 'none': no node_modules at all. */
  readonly modules?: 'link' | 'copy' | 'none';
}

let builtChecked = false;

/** The copies take the repository's dist/: bring it up to date once, as `npm test` would have. */
function ensureRepositoryBuilt(): void {
  if (builtChecked) return;
  const check = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/check-build.mjs')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`the repository's dist/ could not be built: ${check.stderr}`);
  builtChecked = true;
}

export function makeWorkingCopy(prefix = 'working-copy-', options: WorkingCopyOptions = {}): string {
  ensureRepositoryBuilt();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) {
    const from = join(REPO_ROOT, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true, preserveTimestamps: true });
  }
  const modules = join(REPO_ROOT, 'node_modules');
  if (options.modules === 'none') return dir;
  if (options.modules === 'copy') {
    cpSync(modules, join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    return dir;
  }
  const left = options.withoutPackages ?? [];
  if (left.length === 0) {
    symlinkSync(modules, join(dir, 'node_modules'), 'dir');
    return dir;
  }
  // One symlink per package, so the ones left out are really absent.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!left.includes(name) && name !== '.bin') symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  return dir;
}

/**
 * `cp .env.example .env`, then set only the given variables, each of which must already be a line in
 * the example: a test that fills in a variable the example lacks would not be testing the example.
 */
export function writeEnvFromExample(dir: string, values: Readonly<Record<string, string>>): string {
  let text = readFileSync(join(dir, '.env.example'), 'utf8');
  for (const [name, value] of Object.entries(values)) {
    const line = new RegExp(`^${name}=.*$`, 'm');
    if (!line.test(text)) throw new Error(`.env.example has no ${name}= line`);
    text = text.replace(line, `${name}=${value}`);
  }
  writeFileSync(join(dir, '.env'), text);
  return text;
}

export interface ScriptRun {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** For afterAll: a test that failed half-way must not leave a bot running. */
export function killRunning(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** `npm run <script> -- args` in `dir`, with an environment that holds nothing of the test's own. */
export function runNpm(dir: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): ScriptRun {
  const child = spawn('npm', [...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves once `text` appears on the run's stderr; rejects if the program exits first. */
export function waitForStderr(run: ScriptRun, text: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`no "${text}" within ${timeoutMs} ms: ${run.stderr()}`)),
      timeoutMs,
    );
    const check = () => {
      if (run.stderr().includes(text)) finish();
    };
    const finish = (error?: Error) => {
      clearTimeout(timer);
      run.child.stderr?.off('data', check);
      if (error) reject(error);
      else resolve();
    };
    run.child.stderr?.on('data', check);
    run.exited.then(() => {
      if (!run.stderr().includes(text)) finish(new Error(`exited before "${text}": ${run.stderr()}`));
    });
    check();
  });
}
