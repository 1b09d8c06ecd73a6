import type { AnswerRecordInput } from '../../src/store/audit-store.js';

/** A recorded answer with sensible defaults; tests override what they are about. */
export function makeAnswerInput(overrides: Partial<AnswerRecordInput> = {}): AnswerRecordInput {
  return {
    guildId: '100',
    channelId: '200',
    userId: '300',
    question: 'Who is Carter Page?',
    paragraphIds: ['occupy-democrats-trump-kremlin#3', 'occupy-democrats-trump-kremlin#4'],
    answered: true,
    latencyMs: 12,
    trigger: 'slash',
    visibility: 'public',
    ...overrides,
  };
}
