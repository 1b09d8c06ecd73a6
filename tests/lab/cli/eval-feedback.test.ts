// `npm run eval -- --feedback DATABASE`: the built program over a real database written by the store.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionSet } from '../../../lab/eval/question-set.js';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { REPO_ROOT, realIndex } from '../../support/real-corpus.js';
import { makeTempDir, openTempStore } from '../../support/temp-store.js';

function runEval(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'lab/cli/eval.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function recordAnswered(store: ReturnType<typeof openTempStore>['store'], question: string, messageId: string): void {
  const answer = answerQuestion(realIndex, question, { top: 3 });
  const paragraphIds = answer.kind === 'quotes' ? answer.results.map((r) => r.paragraphId) : [];
  const recorded = store.audit.recordAnswer({
    guildId: '1',
    channelId: '2',
    userId: '3',
    question,
    paragraphIds,
    answered: paragraphIds.length > 0,
    latencyMs: 5,
    trigger: 'slash',
    visibility: 'public',
    messageId,
  });
  if (!recorded.ok) throw new Error(recorded.message);
}

describe('eval --feedback', () => {
  it('scores the questions voted helpful and reports those that need a label', () => {
    const { store, path } = openTempStore();
    recordAnswered(store, 'Who is Carter Page?', '10');
    recordAnswered(store, 'What did Page tell Bloomberg News about the sanctions?', '11');
    recordAnswered(store, 'Who won the football match?', '12');
    store.feedback.recordVote('10', 'a', 'helpful');
    store.feedback.recordVote('11', 'a', 'helpful');
    store.feedback.recordVote('12', 'a', 'not-relevant');
    store.close();
    const saved = join(makeTempDir(), 'feedback-questions.json');

    const { status, stdout, stderr } = runEval(['--feedback', path, '--json', '--save-questions', saved]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    // The same retrieval answers again, so the helpful paragraphs come back first.
    expect(report.summary).toMatchObject({ answerable: 2, hitAt1: 1, noAnswerTotal: 0 });
    expect(report.needsLabel).toMatchObject([{ question: 'Who won the football match?', reason: 'only-not-relevant' }]);
    expect(loadQuestionSet(saved).map((q) => q.question)).toEqual([
      'Who is Carter Page?',
      'What did Page tell Bloomberg News about the sanctions?',
    ]);
  });

  it('fails with one line when no vote is usable yet', () => {
    const { store, path } = openTempStore();
    store.close();
    const { status, stderr } = runEval(['--feedback', path]);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no question has a helpful vote yet/);
  });
});
