// The built `ask` command, run as a user runs it, for comparing the bot's answers with the CLI's.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { AnswerJson } from '../../src/core/answer/to-json.js';
import { REPO_ROOT } from './real-corpus.js';

export function runAskJson(question: string, args: readonly string[] = []): AnswerJson {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli/ask.js'), '--json', ...args, question], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`ask failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as AnswerJson;
}
