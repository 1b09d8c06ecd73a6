// What a member or moderator reads when the database could not do something. The store only says why
// (a StoreFailureReason); the sentence names what could not be done, chosen where it is shown.
import type { StoreFailure, StoreFailureReason } from '../../store/index.js';

/** The store operations a reply can report on. */
export type StoreOperation =
  | 'save-settings'
  | 'read-history'
  | 'read-feedback'
  | 'forget-me'
  | 'record-vote'
  | 'find-answer';

const WHAT_FAILED: Readonly<Record<StoreOperation, string>> = {
  'save-settings': 'Settings cannot be saved',
  'read-history': 'The question history cannot be read',
  'read-feedback': 'The feedback report cannot be read',
  'forget-me': 'Your questions and votes cannot be deleted',
  'record-vote': 'Your vote cannot be recorded',
  'find-answer': 'I cannot look up who asked for this answer',
};

const WHY: Readonly<Record<Exclude<StoreFailureReason, 'invalid'>, string>> = {
  busy: 'the database is busy. Please try again in a moment.',
  full: 'the database is full. Ask the bot operator to free space.',
  'read-only': 'the database is read-only. The bot keeps answering questions.',
  unavailable: 'the database is unavailable. The bot keeps answering questions.',
};

export function describeStoreFailure(operation: StoreOperation, failure: StoreFailure): string {
  if (failure.reason === 'invalid') return `That value was not accepted: ${failure.message}`;
  return `${WHAT_FAILED[operation]} right now: ${WHY[failure.reason]}`;
}
