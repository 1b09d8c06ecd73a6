import { writeFileSync } from 'node:fs';
import { CliUsageError } from '../../src/cli/run-cli.js';
import type { CorpusDocument } from '../../src/core/document/types.js';
import { openStore } from '../../src/store/open-store.js';
import {
  buildParagraphLookup,
  convertFeedbackToQuestions,
  type FeedbackQuestionSet,
} from '../eval/feedback-questions.js';

/**
 * Reads the votes from the bot's database (read-only: safe while the bot runs), converts them against
 * the corpus, and optionally writes the question set to `savePath` for review.
 */
export function loadFeedbackQuestions(
  databasePath: string,
  documents: readonly CorpusDocument[],
  savePath?: string,
): FeedbackQuestionSet {
  const store = openStore({ path: databasePath, readonly: true });
  try {
    const votes = store.feedback.listVotes();
    if (!votes.ok) throw new CliUsageError(`--feedback ${databasePath}: cannot read the database: ${votes.message}`);
    const set = convertFeedbackToQuestions(votes.value, buildParagraphLookup(documents));
    if (savePath !== undefined) writeFileSync(savePath, `${JSON.stringify(set, null, 2)}\n`);
    if (set.questions.length === 0) {
      throw new CliUsageError(
        `--feedback ${databasePath}: no question has a helpful vote yet (${votes.value.length} votes, ${set.needsLabel.length} questions need a label)`,
      );
    }
    return set;
  } finally {
    store.close();
  }
}
